package org.recbridge.learn;

import java.util.List;

/**
 * Per-epoch train and validation values of one training run, and the epoch early stopping kept.
 *
 * @param metric      the metric's name (AUC, or RMSE for ratings)
 * @param points      one point per epoch run
 * @param bestEpoch   the epoch whose parameters were kept (0: the initial parameters)
 */
public record TrainingCurve(String metric, List<EpochPoint> points, int bestEpoch) {
    public static TrainingCurve empty(String metric) {
        return new TrainingCurve(metric, List.of(), 0);
    }

    /**
     * True when the last epoch run was the one kept: validation was still improving when the epochs ran out,
     * so the model may not have converged (a reference solver could do better) and more epochs may help.
     */
    public boolean stoppedShort() {
        return bestEpoch > 0 && bestEpoch == points.size() && validated();
    }

    /** Whether there were validation rows to judge the epochs by (else the last epoch is kept, unjudged). */
    public boolean validated() {
        return points.stream().anyMatch(p -> !Double.isNaN(p.validationMetric()) || !Double.isNaN(p.validationLoss()));
    }
}
