package org.recbridge.eval;

/**
 * One point of a ROC curve.
 *
 * @param fpr       false-positive rate when everything scoring {@code >= threshold} is called positive
 * @param tpr       true-positive rate at the same threshold
 * @param threshold the score threshold; {@code +Infinity} for the starting point (0, 0)
 */
public record RocPoint(double fpr, double tpr, double threshold) {
}
