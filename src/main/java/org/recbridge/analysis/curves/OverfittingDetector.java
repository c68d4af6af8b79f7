package org.recbridge.analysis.curves;

import java.util.List;
import java.util.Optional;
import org.recbridge.learn.EpochPoint;
import org.recbridge.learn.TrainingCurve;

/**
 * Finds overfitting in a run's per-epoch curve: validation falls more than a tolerance below a peak it
 * never regains, over at least two consecutive epochs, while the train metric (on the training sample) is
 * better than at the peak (or, once it has saturated, holds while the train loss still falls). Two epochs,
 * not one, because an early-stopped curve always ends with a few non-improving epochs and one of them
 * dipping by noise is not overfitting.
 */
public final class OverfittingDetector {
    /** Metric units (AUC or RMSE): below this a fall is seed noise on a few hundred validation rows. */
    public static final double DEFAULT_TOLERANCE = 0.005;
    static final int EPOCH_RUN = 2;

    private OverfittingDetector() {
    }

    public static Optional<OverfitFinding> inEpochs(TrainingCurve curve) {
        return inEpochs(curve, DEFAULT_TOLERANCE);
    }

    public static Optional<OverfitFinding> inEpochs(TrainingCurve curve, double tolerance) {
        if (curve == null) {
            return Optional.empty();
        }
        List<EpochPoint> points = curve.points();
        double[] train = new double[points.size()];
        double[] validation = new double[points.size()];
        double[] loss = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            train[i] = MetricDirection.goodness(curve.metric(), points.get(i).trainMetric());
            validation[i] = MetricDirection.goodness(curve.metric(), points.get(i).validationMetric());
            loss[i] = points.get(i).trainLoss();
        }
        return Divergence.find(train, loss, validation, tolerance, EPOCH_RUN).map(f -> new OverfitFinding(
                points.get(f.began()).epoch(), points.get(f.peak()).epoch(), f.validationDrop(), f.trainGain()));
    }

    /**
     * The generalisation gap at the kept epoch: train minus validation for AUC, validation minus train for
     * RMSE, so that positive always means the model does better on what it was trained on. NaN when the kept
     * epoch has no point (0: a warm start kept its initial parameters) or no validation.
     */
    public static double generalisationGap(TrainingCurve curve) {
        return keptPoint(curve).map(p -> MetricDirection.goodness(curve.metric(), p.trainMetric())
                - MetricDirection.goodness(curve.metric(), p.validationMetric())).orElse(Double.NaN);
    }

    /** The point of the epoch early stopping kept; empty for epoch 0 (initial parameters) or no curve. */
    static Optional<EpochPoint> keptPoint(TrainingCurve curve) {
        if (curve == null) {
            return Optional.empty();
        }
        return curve.points().stream().filter(p -> p.epoch() == curve.bestEpoch()).findFirst();
    }
}
