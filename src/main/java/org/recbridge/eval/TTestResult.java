package org.recbridge.eval;

/**
 * Result of a paired t-test.
 *
 * @param statistic      t statistic (positive when a tends to exceed b)
 * @param pValue         two-sided p-value
 * @param df             degrees of freedom, n - 1
 * @param meanDifference mean of a_i - b_i
 */
public record TTestResult(double statistic, double pValue, int df, double meanDifference) {
}
