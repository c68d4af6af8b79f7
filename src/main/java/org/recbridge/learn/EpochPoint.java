package org.recbridge.learn;

/**
 * One epoch of training.
 *
 * @param epoch            1-based epoch number
 * @param trainLoss        mean weighted training loss during the epoch
 * @param trainMetric      the validation metric computed on (a sample of) the training rows
 * @param validationMetric the metric on the validation rows
 */
public record EpochPoint(int epoch, double trainLoss, double trainMetric, double validationMetric) {
}
