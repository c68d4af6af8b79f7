package org.recbridge.eval;

/**
 * Result of the Wilcoxon signed-rank test on differences a_i - b_i (zero differences dropped).
 *
 * @param wPlus     sum of ranks of positive differences
 * @param wMinus    sum of ranks of negative differences
 * @param statistic W = min(wPlus, wMinus)
 * @param pValue    two-sided p-value
 * @param n         number of non-zero differences actually ranked
 * @param exact     true if the p-value is from the exact null distribution, false if normal approximation
 */
public record WilcoxonResult(double wPlus, double wMinus, double statistic, double pValue, int n, boolean exact) {
    /** Signed direction of the effect (positive when a tends to exceed b), for {@link Verdict#decide}. */
    public double direction() {
        return wPlus - wMinus;
    }
}
