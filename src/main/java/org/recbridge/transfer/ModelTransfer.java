package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.features.Featurizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.Row;
import org.recbridge.transfer.features.SourceScoreFeaturizer;

/**
 * Stacking: a model trained on each source scores the target pair, and that score is a feature of the
 * target model. The target model is trained on target rows only, which no source model saw, so the scores
 * are used directly; out-of-fold scores would be needed only if source rows were added to its training set.
 */
public final class ModelTransfer implements TransferStrategy {
    @Override
    public String id() {
        return "model-transfer";
    }

    @Override
    public String description() {
        return "Trains a model on the source, scores each target (user, item) pair with it through the users and "
                + "side features both domains share, and gives that score (the log-odds of a like, or the "
                + "predicted rating) to the target model as a feature, which learns how far to trust it. Helps "
                + "cold-start users when tastes carry over; when they do not, the target model learns a small "
                + "weight, but with few target labels that weight is noisy and can cost a little.";
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        return Augmented.train(problem, learner, context, ModelTransfer::builders);
    }

    @Override
    public List<String> sharedModels(TransferProblem problem, LearnerSettings learner) {
        return Augmented.sourceModelKeys(problem, learner);
    }

    /** One source score per source. */
    @Override
    public int transferredFeaturesPerRow(TransferProblem problem, LearnerSettings learner) {
        return problem.sources().size();
    }

    /** One source-score builder per source, with a source model of the learner's kind. */
    static List<Featurizer> builders(TransferProblem problem, SgdLearner learner, RunContext context,
                                     List<FittedModel> sourceModels) {
        List<Featurizer> out = new ArrayList<>();
        boolean regression = problem.task().kind().isRegression();
        for (int i = 0; i < problem.sources().size(); i++) {
            SourceData source = problem.sources().get(i);
            FittedModel model = Augmented.fitSource(problem, source, learner.settings(), context);
            sourceModels.add(model);
            double centre = source.rows().stream().mapToDouble(Row::label).average().orElse(0);
            out.add(new SourceScoreFeaturizer(Augmented.prefix(i) + "score", model, problem.targetFeaturizer(),
                    regression, centre));
        }
        return out;
    }
}
