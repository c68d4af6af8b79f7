package org.recbridge.analysis.curves;

/**
 * Overfitting seen in one run's epoch curve.
 *
 * @param beganEpoch     the first epoch of the sustained fall of validation below its peak by more than the
 *                       tolerance (epochs between the peak and it dipped by less)
 * @param peakEpoch      validation's peak, never regained afterwards
 * @param validationDrop how much worse validation got than at the peak, at its worst (positive, metric units)
 * @param trainGain      how much better the train metric got than at the peak, at its best (0 when it had
 *                       saturated, e.g. train AUC 1, and only the train loss kept falling)
 */
public record OverfitFinding(int beganEpoch, int peakEpoch, double validationDrop, double trainGain) {
}
