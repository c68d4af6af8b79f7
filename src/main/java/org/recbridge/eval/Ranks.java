package org.recbridge.eval;

import java.util.Arrays;

/**
 * Average ranks (1-based, ties share the mean of the ranks they span), needed by both the AUC rank-sum
 * formula and the Wilcoxon signed-rank test. Sorting makes it O(n log n).
 */
final class Ranks {
    /**
     * @param ranks       rank of each input value, in input order
     * @param tieGroups   number of groups of two or more equal values
     * @param tieSum      sum over tie groups of (t^3 - t), the usual variance correction term
     */
    record Ranked(double[] ranks, int tieGroups, double tieSum) {
        boolean hasTies() {
            return tieGroups > 0;
        }
    }

    private Ranks() {
    }

    /** Values must not contain NaN (callers check). Equal values (by ==, so -0.0 equals 0.0) tie. */
    static Ranked averageRanks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double[] ranks = new double[n];
        int tieGroups = 0;
        double tieSum = 0.0;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            // -0.0 and 0.0 sort adjacent, so grouping by == merges them correctly.
            while (end < n && values[order[end]] == values[order[start]]) {
                end++;
            }
            // Positions start..end-1 hold ranks start+1..end; their mean is (start+1+end)/2.
            double rank = (start + 1 + end) / 2.0;
            for (int i = start; i < end; i++) {
                ranks[order[i]] = rank;
            }
            int t = end - start;
            if (t > 1) {
                tieGroups++;
                tieSum += (double) t * t * t - t;
            }
            start = end;
        }
        return new Ranked(ranks, tieGroups, tieSum);
    }
}
