package org.recbridge.eval;

/**
 * One point of a ROC curve.
 *
 * @param fpr       false-positive rate when everything scoring {@code >= threshold} is called positive
 * @param tpr       true-positive rate at the same threshold
 * @param threshold the score threshold; {@code +Infinity} for the starting point (0, 0)
 */
public record RocPoint(double fpr, double tpr, double threshold) {
    /**
     * Results files hold no infinities (an infinite number is written as null, read back as NaN), and no score is
     * NaN: the starting point reads back with its threshold +Infinity.
     */
    public RocPoint {
        if (Double.isNaN(threshold) && fpr == 0 && tpr == 0) {
            threshold = Double.POSITIVE_INFINITY;
        }
    }
}
