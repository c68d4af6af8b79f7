package org.recbridge.transfer;

import java.util.List;
import org.recbridge.features.CompositeFeaturizer;
import org.recbridge.features.Featurizer;
import org.recbridge.features.RowSet;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.Row;
import org.recbridge.task.TaskSettings;

/** What the feature-building strategies share: source model fitting and the augmented target model. */
final class Augmented {
    /** Source models are helpers, not the reported model: a few epochs pick most of their signal. */
    static final int SOURCE_MAX_EPOCHS = 10;

    private Augmented() {
    }

    /** Feature prefix of the i-th source: "src.", "src2.", ... */
    static String prefix(int sourceIndex) {
        return sourceIndex == 0 ? "src." : "src" + (sourceIndex + 1) + ".";
    }

    /** Which source rows are likes: the label for classification and implicit, the rating threshold for ratings. */
    static java.util.function.Predicate<Row> likes(TaskSettings task) {
        return task.kind().isRegression() ? r -> r.rating() >= task.likeThreshold() : Row::positive;
    }

    /**
     * Fits a model on a source's rows. Epochs are chosen on the target validation rows scored through the
     * target's names, as {@link SourceOnly} does: what matters is how well the source model carries over.
     */
    static FittedModel fitSource(TransferProblem problem, SourceData source, LearnerSettings settings,
                                 RunContext context) {
        SgdLearner learner = new SgdLearner(capped(settings), problem.task().kind());
        // feature transfer, model transfer and hybrid fit the same source models: fit each once per seed
        String key = sourceModelKey(problem.sources().indexOf(source), settings);
        return problem.cache().get(key, () -> learner.fitRows(List.of(new RowSet(source.featurizer(), source.rows())),
                problem.targetFeaturizer().encodeAll(problem.split().validation()), context.seed(), context.cancel(),
                context.progress()));
    }

    /** The run cache key of {@link #fitSource}'s model of the source at {@code index} with these settings. */
    static String sourceModelKey(int index, LearnerSettings settings) {
        return "source-model|" + index + "|" + capped(settings).label();
    }

    /** The cache keys of the source models fitted with these settings, one per source. */
    static List<String> sourceModelKeys(TransferProblem problem, LearnerSettings settings) {
        return java.util.stream.IntStream.range(0, problem.sources().size())
                .mapToObj(i -> sourceModelKey(i, settings)).toList();
    }

    private static LearnerSettings capped(LearnerSettings settings) {
        return settings.withEpochs(Math.min(settings.epochs(), SOURCE_MAX_EPOCHS));
    }

    /** Makes transferred-feature builders, adding the source models they were read from to {@code sourceModels}. */
    @FunctionalInterface
    interface Builders {
        List<Featurizer> build(TransferProblem problem, SgdLearner learner, RunContext context,
                               List<FittedModel> sourceModels);
    }

    /**
     * Trains the target model on the base target features plus those of {@code builders}, and keeps the
     * source models and the composed featurizer with it.
     */
    static TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context,
                                 Builders... builders) {
        List<FittedModel> sourceModels = new java.util.ArrayList<>();
        List<Featurizer> extra = new java.util.ArrayList<>();
        for (Builders b : builders) {
            extra.addAll(b.build(problem, learner, context, sourceModels));
        }
        Featurizer f = CompositeFeaturizer.of(problem.targetFeaturizer(), extra);
        FittedModel model = learner.fitRows(List.of(new RowSet(f, problem.split().train())),
                f.encodeAll(problem.split().validation()), context.seed(), context.cancel(), context.progress());
        List<FittedModel> models = new java.util.ArrayList<>(sourceModels);
        models.add(model);
        return TrainedStrategy.of(models, f);
    }
}
