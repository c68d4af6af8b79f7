package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.features.AugmentedFeaturizer;
import org.recbridge.features.RowSet;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.Row;
import org.recbridge.task.RowViews;

/**
 * Joint training with feature augmentation (Daume III 2007): one model on source and target rows, each
 * feature in a shared copy and a per-domain copy (see {@link AugmentedFeaturizer}). Target rows are scored
 * through the shared and target copies, so a cold-start user is scored by the shared weights the source
 * taught. Sources are tagged {@code source}, then {@code source2}, {@code source3}... when there are several.
 */
public final class Joint implements TransferStrategy {
    /** Source rows count as much as target rows by default, as in Daume's paper. */
    public static final double DEFAULT_SOURCE_WEIGHT = 1.0;

    private static final List<Setting> SETTINGS = List.of(Setting.number("sourceWeight", DEFAULT_SOURCE_WEIGHT, false,
            "Example weight of every source row (target rows weigh 1); below 1 tilts towards the target."));

    private final double sourceWeight;

    public Joint() {
        this(DEFAULT_SOURCE_WEIGHT);
    }

    /** @param sourceWeight example weight of every source row (target rows weigh 1); below 1 tilts towards the target */
    public Joint(double sourceWeight) {
        if (!(sourceWeight > 0) || Double.isInfinite(sourceWeight)) {
            throw new IllegalArgumentException("joint: source weight must be a positive number, got " + sourceWeight);
        }
        this.sourceWeight = sourceWeight;
    }

    public double sourceWeight() {
        return sourceWeight;
    }

    @Override
    public String id() {
        return "joint";
    }

    @Override
    public String description() {
        return "Trains one model on source and target together, with every feature copied into a shared part and "
                + "a per-domain part (Daume's feature augmentation), source rows weighted " + sourceWeight + ". "
                + "Helps when the domains agree in part: what they share is learnt once, what differs stays "
                + "apart, and cold-start users are scored through the shared part. Hurts little when they "
                + "disagree, but the doubled feature space needs more data and regularisation, and with few "
                + "target labels the target part stays close to zero.";
    }

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    public TransferStrategy configure(SettingValues values) {
        return new Joint(values.number("sourceWeight"));
    }

    /** Every row carries each of its features twice, shared and per domain (a million rows ran out of 512 MB). */
    @Override
    public double memoryScale() {
        return 2;
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        AugmentedFeaturizer target = new AugmentedFeaturizer(problem.targetFeaturizer(), "target");
        List<RowSet> rows = new ArrayList<>();
        rows.add(new RowSet(target, problem.split().train()));
        for (int i = 0; i < problem.sources().size(); i++) {
            SourceData source = problem.sources().get(i);
            String tag = i == 0 ? "source" : "source" + (i + 1);
            List<Row> sourceRows = source.rows();
            rows.add(new RowSet(new AugmentedFeaturizer(source.featurizer(), tag), RowViews.of(sourceRows.size(),
                    r -> sourceRows.get(r).withWeight(sourceRows.get(r).weight() * sourceWeight))));
        }
        FittedModel model = learner.fitRows(rows, target.encodeAll(problem.split().validation()), context.seed(),
                context.cancel(), context.progress());
        return TrainedStrategy.of(model, target);
    }
}
