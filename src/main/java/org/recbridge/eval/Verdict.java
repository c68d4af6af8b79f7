package org.recbridge.eval;

/** Outcome of comparing a strategy (a) with a baseline (b), from a significance test. */
public enum Verdict {
    BETTER, WORSE, NO_DIFFERENCE;

    public static final double DEFAULT_ALPHA = 0.05;

    /** {@link #decide(double, double, double, boolean)} with alpha = 0.05. */
    public static Verdict decide(double pValue, double effect, boolean higherIsBetter) {
        return decide(pValue, effect, DEFAULT_ALPHA, higherIsBetter);
    }

    /**
     * BETTER or WORSE only when {@code pValue < alpha}; the direction comes from the sign of {@code effect}
     * (a - b, e.g. {@link TTestResult#meanDifference()} or {@link WilcoxonResult#direction()}).
     * A NaN p-value (e.g. a single seed) or a zero effect gives NO_DIFFERENCE.
     *
     * @param higherIsBetter true for AUC, accuracy, HR, NDCG; false for RMSE, MAE, log-loss
     */
    public static Verdict decide(double pValue, double effect, double alpha, boolean higherIsBetter) {
        Checks.openUnit(alpha, "alpha");
        if (Double.isNaN(effect)) {
            throw new IllegalArgumentException("effect is NaN");
        }
        if (Double.isNaN(pValue) || !(pValue < alpha) || effect == 0.0) {
            return NO_DIFFERENCE;
        }
        boolean aLarger = effect > 0.0;
        return aLarger == higherIsBetter ? BETTER : WORSE;
    }
}
