package org.recbridge.learn;

/**
 * One epoch of training.
 *
 * @param epoch            1-based epoch number
 * @param trainLoss        mean weighted training loss during the epoch
 * @param trainMetric      the validation metric computed on (a sample of) the training rows
 * @param validationMetric the metric on the validation rows
 * @param validationLoss   the loss on the validation rows (log-loss, or half the mean squared error), comparable
 *                         with {@code trainLoss}
 */
public record EpochPoint(int epoch, double trainLoss, double trainMetric, double validationMetric,
                         double validationLoss) {
    /** A point without a validation loss. */
    public EpochPoint(int epoch, double trainLoss, double trainMetric, double validationMetric) {
        this(epoch, trainLoss, trainMetric, validationMetric, Double.NaN);
    }
}
