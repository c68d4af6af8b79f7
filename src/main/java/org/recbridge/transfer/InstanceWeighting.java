package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.features.RowSet;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.Row;
import org.recbridge.task.RowViews;

/**
 * Pooled training with each source row weighted by how target-like it is, the weight coming from a
 * domain classifier ({@link DomainWeights}). Target rows weigh 1.
 */
public final class InstanceWeighting implements TransferStrategy {
    public static final double DEFAULT_MIN_WEIGHT = 0.1;
    public static final double DEFAULT_MAX_WEIGHT = 10.0;

    private static final List<Setting> SETTINGS = List.of(
            Setting.number("minWeight", DEFAULT_MIN_WEIGHT, false, "Smallest weight a source row may get."),
            Setting.number("maxWeight", DEFAULT_MAX_WEIGHT, false,
                    "Largest weight a source row may get (at least minWeight)."));

    private final double minWeight;
    private final double maxWeight;

    public InstanceWeighting() {
        this(DEFAULT_MIN_WEIGHT, DEFAULT_MAX_WEIGHT);
    }

    /** @param minWeight smallest and {@code maxWeight} largest weight a source row may get (0 &lt; min &lt;= max) */
    public InstanceWeighting(double minWeight, double maxWeight) {
        if (!(minWeight > 0 && minWeight <= maxWeight) || Double.isInfinite(maxWeight)) {
            throw new IllegalArgumentException("instance-weighting: need 0 < min weight <= max weight (finite), got "
                    + minWeight + " and " + maxWeight);
        }
        this.minWeight = minWeight;
        this.maxWeight = maxWeight;
    }

    @Override
    public String id() {
        return "instance-weighting";
    }

    @Override
    public String description() {
        return "Pools source and target rows, weighting each source row by how target-like it looks: a logistic "
                + "domain classifier on the features both domains share gives the odds that the row is a target "
                + "row, rescaled by the class ratio and clipped to [" + minWeight + ", " + maxWeight + "]. Helps "
                + "when part of the source resembles the target (similar users, shared genres) and the rest "
                + "misleads; no better than pooled when the domains differ in tastes rather than in who or what "
                + "they cover, and weights are noisy when few features are shared.";
    }

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    public TransferStrategy configure(SettingValues values) {
        return new InstanceWeighting(values.number("minWeight"), values.number("maxWeight"));
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        var target = problem.targetFeaturizer();
        RowSet targetRows = new RowSet(target, problem.split().train());
        List<RowSet> sources = problem.sources().stream().map(s -> new RowSet(s.featurizer(), s.rows())).toList();
        context.progress().progress(0, "training the domain classifier");
        double[] w = DomainWeights.of(sources, targetRows, minWeight, maxWeight, context.seed(), context.cancel());
        // the target rows, then each source's rows with its weights, made as they are read
        List<RowSet> rows = new ArrayList<>();
        rows.add(targetRows);
        int offset = 0;
        for (RowSet s : sources) {
            List<Row> sourceRows = s.rows();
            int first = offset;
            rows.add(new RowSet(s.featurizer(), RowViews.of(sourceRows.size(),
                    i -> sourceRows.get(i).withWeight(sourceRows.get(i).weight() * w[first + i]))));
            offset += sourceRows.size();
        }
        FittedModel model = learner.fitRows(rows, target.encodeAll(problem.split().validation()), context.seed(),
                context.cancel(), context.progress());
        return TrainedStrategy.of(model, target);
    }
}
