package org.recbridge.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Metrics for binary predictions (click / no click): AUC, accuracy, log-loss and ROC points. */
public final class ClassificationMetrics {
    /** Clipping bound for log-loss, so a confident wrong prediction costs about 34.5 instead of infinity. */
    public static final double LOG_LOSS_EPSILON = 1e-15;

    private ClassificationMetrics() {
    }

    /**
     * Area under the ROC curve as the Mann-Whitney statistic: the share of (positive, negative) pairs in which
     * the positive scores higher, tied pairs counting one half. That equals the rank-sum formula
     * (R+ - n+(n+ + 1)/2) / (n+ * n-) exactly; it is counted on the two classes' scores, each sorted as
     * primitives, since the epoch loop asks for it every epoch. O(n log n).
     *
     * @return the AUC, or {@code NaN} if all labels belong to one class (AUC is undefined then)
     * @throws IllegalArgumentException on empty or mismatched arrays or NaN scores
     */
    public static double auc(double[] scores, boolean[] positives) {
        checkScored(scores, positives, "scores");
        int nPos = (int) countPositives(positives);
        int nNeg = positives.length - nPos;
        if (nPos == 0 || nNeg == 0) {
            return Double.NaN;
        }
        double[] pos = new double[nPos];
        double[] neg = new double[nNeg];
        int p = 0;
        int q = 0;
        for (int i = 0; i < scores.length; i++) {
            if (positives[i]) {
                pos[p++] = scores[i];
            } else {
                neg[q++] = scores[i];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        // twice the statistic, so that ties (halves) stay whole numbers; < and == (not the sort's order) decide,
        // so -0.0 ties with 0.0
        long twiceU = 0;
        int below = 0;
        int notAbove = 0;
        for (double s : pos) {
            while (below < nNeg && neg[below] < s) {
                below++;
            }
            notAbove = Math.max(notAbove, below);
            while (notAbove < nNeg && neg[notAbove] == s) {
                notAbove++;
            }
            twiceU += below + (long) notAbove;
        }
        return twiceU / 2.0 / ((double) nPos * nNeg);
    }

    /**
     * Fraction of correct predictions, where a prediction is positive when {@code probability >= threshold}.
     * Values are not required to lie in [0, 1], so raw scores with a matching threshold also work.
     */
    public static double accuracy(double[] probabilities, boolean[] positives, double threshold) {
        checkScored(probabilities, positives, "probabilities");
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
        int correct = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if ((probabilities[i] >= threshold) == positives[i]) {
                correct++;
            }
        }
        return (double) correct / probabilities.length;
    }

    /**
     * Mean binary cross-entropy with natural log: -mean(y ln p + (1 - y) ln(1 - p)), with p clipped to
     * [1e-15, 1 - 1e-15].
     *
     * @throws IllegalArgumentException if a probability is outside [0, 1]
     */
    public static double logLoss(double[] probabilities, boolean[] positives) {
        checkScored(probabilities, positives, "probabilities");
        Checks.probabilities(probabilities, "probabilities");
        double sum = 0.0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = Math.min(Math.max(probabilities[i], LOG_LOSS_EPSILON), 1.0 - LOG_LOSS_EPSILON);
            sum += positives[i] ? Math.log(p) : Math.log1p(-p);
        }
        return -sum / probabilities.length;
    }

    /**
     * The ROC curve thinned to at most {@code maxPoints} points, evenly spaced along the curve and keeping
     * both ends, so results files stay small whatever the size of the test set.
     */
    public static List<RocPoint> rocPoints(double[] scores, boolean[] positives, int maxPoints) {
        List<RocPoint> all = rocPoints(scores, positives);
        if (maxPoints < 2) {
            throw new IllegalArgumentException("maxPoints must be at least 2, got " + maxPoints);
        }
        if (all.size() <= maxPoints) {
            return all;
        }
        List<RocPoint> out = new java.util.ArrayList<>(maxPoints);
        for (int k = 0; k < maxPoints; k++) {
            out.add(all.get((int) Math.round(k * (all.size() - 1) / (double) (maxPoints - 1))));
        }
        return out;
    }

    /**
     * ROC curve points for charts. Starts at (0, 0) with threshold +Infinity, then one point per distinct
     * score from highest to lowest (tied scores are one step, giving a diagonal segment), ending at (1, 1).
     *
     * @return the points, or an empty list if all labels belong to one class (rates would divide by zero)
     */
    public static List<RocPoint> rocPoints(double[] scores, boolean[] positives) {
        checkScored(scores, positives, "scores");
        long nPos = countPositives(positives);
        long nNeg = positives.length - nPos;
        if (nPos == 0 || nNeg == 0) {
            return List.of();
        }
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(scores[y], scores[x]));
        List<RocPoint> points = new ArrayList<>();
        points.add(new RocPoint(0.0, 0.0, Double.POSITIVE_INFINITY));
        long tp = 0;
        long fp = 0;
        int i = 0;
        while (i < n) {
            double threshold = scores[order[i]];
            while (i < n && scores[order[i]] == threshold) {
                if (positives[order[i]]) {
                    tp++;
                } else {
                    fp++;
                }
                i++;
            }
            points.add(new RocPoint((double) fp / nNeg, (double) tp / nPos, threshold));
        }
        return Collections.unmodifiableList(points);
    }

    private static void checkScored(double[] values, boolean[] positives, String name) {
        Checks.notNull(values, name);
        Checks.notNull(positives, "positives");
        Checks.sameLength(values.length, positives.length, name, "positives");
        Checks.nonEmpty(values.length, name);
        Checks.noNaN(values, name);
    }

    private static long countPositives(boolean[] positives) {
        long count = 0;
        for (boolean p : positives) {
            if (p) {
                count++;
            }
        }
        return count;
    }
}
