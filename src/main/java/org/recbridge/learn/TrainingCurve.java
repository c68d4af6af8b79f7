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
}
