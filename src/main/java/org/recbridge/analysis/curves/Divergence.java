package org.recbridge.analysis.curves;

import java.util.Optional;

/**
 * The one overfitting rule, shared by epoch curves and capacity sweeps so both say the same thing: along a
 * sequence of growing capacity (epochs, or weaker L2 / more factors), validation falls more than a tolerance
 * below a peak it never regains, for at least {@code minRun} consecutive steps, while the train metric is
 * better than at that peak on those steps. Values are in goodness orientation (larger = better).
 * Where a train loss is given, train also counts as better when its metric merely holds and its loss falls:
 * a train AUC saturates at 1 within a few epochs of memorising a small target, while the loss keeps falling.
 *
 * <p>The peak must never be regained so a dip that validation recovers from is not called overfitting; the
 * run length guards against one noisy epoch at the end of an early-stopped curve being flagged.
 */
final class Divergence {
    private Divergence() {
    }

    /**
     * @param peak           index of the last good step
     * @param began          index of the first step of the run that fell below the peak
     * @param validationDrop how far validation fell below the peak at its worst (positive)
     * @param trainGain      how far train rose above its value at the peak at its best (positive)
     */
    record Found(int peak, int began, double validationDrop, double trainGain) {
    }

    /** @param trainLoss the train loss per step (lower is better), or null to judge train by its metric alone */
    static Optional<Found> find(double[] train, double[] trainLoss, double[] validation, double tolerance,
                                int minRun) {
        int n = validation.length;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(validation[i]) || Double.isNaN(train[i])) {
                return Optional.empty(); // no validation (or no train sample): nothing to judge
            }
        }
        for (int peak = 0; peak < n - minRun; peak++) {
            if (regained(validation, peak)) {
                continue;
            }
            int began = firstRun(train, trainLoss, validation, peak, tolerance, minRun);
            if (began >= 0) {
                double worst = validation[peak];
                double bestTrain = train[peak];
                for (int j = peak + 1; j < n; j++) {
                    worst = Math.min(worst, validation[j]);
                    bestTrain = Math.max(bestTrain, train[j]);
                }
                return Optional.of(new Found(peak, began, validation[peak] - worst, bestTrain - train[peak]));
            }
        }
        return Optional.empty();
    }

    private static boolean regained(double[] validation, int peak) {
        for (int j = peak + 1; j < validation.length; j++) {
            if (validation[j] > validation[peak]) {
                return true;
            }
        }
        return false;
    }

    /** Start of the first run of {@code minRun} steps after the peak that are worse and train better, or -1. */
    private static int firstRun(double[] train, double[] trainLoss, double[] validation, int peak, double tolerance,
                                int minRun) {
        int run = 0;
        for (int j = peak + 1; j < validation.length; j++) {
            boolean trainBetter = train[j] > train[peak]
                    || trainLoss != null && train[j] >= train[peak] && trainLoss[j] < trainLoss[peak];
            boolean diverges = validation[peak] - validation[j] > tolerance && trainBetter;
            run = diverges ? run + 1 : 0;
            if (run >= minRun) {
                return j - minRun + 1;
            }
        }
        return -1;
    }
}
