package org.recbridge.eval;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Paired comparisons of a strategy (a) against a baseline (b), one pair per seed. Arrays must be non-empty,
 * equally long and finite.
 */
public final class PairedTests {
    /** Largest n for the exact Wilcoxon distribution; 2^25 subsets still fit comfortably in a long count. */
    public static final int WILCOXON_EXACT_MAX_N = 25;

    private PairedTests() {
    }

    /**
     * Nadeau and Bengio (2003) corrected resampled t-test. Why corrected: repeated random train/test splits
     * overlap, so the plain paired t-test underestimates the variance and finds too many "significant"
     * differences. With d_i = a_i - b_i: t = mean(d) / sqrt((1/n + nTest/nTrain) * s^2), df = n - 1,
     * two-sided p from Student's t. A ratio of 0 gives the ordinary paired t-test.
     *
     * <p>Edge cases: n = 1 gives statistic and p-value NaN (no variance estimate); all differences zero
     * gives t = 0, p = 1; identical non-zero differences (s^2 = 0) give t = +-Infinity, p = 0.
     *
     * @param testToTrainRatio n_test / n_train of each split, e.g. 0.25 for an 80/20 split
     */
    public static TTestResult correctedResampledTTest(double[] a, double[] b, double testToTrainRatio) {
        double[] d = differences(a, b);
        checkRatio(testToTrainRatio);
        int n = d.length;
        double mean = Stats.mean(d);
        if (n < 2) {
            return new TTestResult(Double.NaN, Double.NaN, 0, mean);
        }
        double sd = Stats.sd(d);
        double variance = sd * sd;
        if (variance == 0.0) {
            if (mean == 0.0) {
                return new TTestResult(0.0, 1.0, n - 1, mean);
            }
            return new TTestResult(Math.copySign(Double.POSITIVE_INFINITY, mean), 0.0, n - 1, mean);
        }
        double t = mean / correctedStandardError(variance, n, testToTrainRatio);
        // cdf(-|t|) rather than 1 - cdf(|t|) keeps precision for small p-values.
        double p = Math.min(1.0, 2.0 * new TDistribution(n - 1).cumulativeProbability(-Math.abs(t)));
        return new TTestResult(t, p, n - 1, mean);
    }

    /**
     * The interval of the mean difference that goes with {@link #correctedResampledTTest}: mean(d) +-
     * t_{n-1} * sqrt((1/n + nTest/nTrain) * s^2). At confidence 1 - alpha it excludes 0 exactly when the test's
     * p-value is below alpha, so an interval and a verdict never disagree; the plain t-interval of the seeds'
     * differences is narrower and can exclude 0 beside a test that finds no difference. n = 1 gives NaN ends;
     * s^2 = 0 gives the mean at both ends.
     */
    public static Interval correctedInterval(double[] a, double[] b, double testToTrainRatio, double confidence) {
        double[] d = differences(a, b);
        checkRatio(testToTrainRatio);
        Checks.openUnit(confidence, "confidence");
        int n = d.length;
        double mean = Stats.mean(d);
        if (n < 2) {
            return new Interval(mean, Double.NaN, Double.NaN, n, Double.NaN);
        }
        double sd = Stats.sd(d);
        double q = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + confidence / 2.0);
        double half = sd == 0.0 ? 0.0 : q * correctedStandardError(sd * sd, n, testToTrainRatio);
        return new Interval(mean, mean - half, mean + half, n, sd);
    }

    private static void checkRatio(double testToTrainRatio) {
        if (!(testToTrainRatio >= 0.0) || Double.isInfinite(testToTrainRatio)) {
            throw new IllegalArgumentException("testToTrainRatio must be finite and >= 0, got " + testToTrainRatio);
        }
    }

    private static double correctedStandardError(double variance, int n, double testToTrainRatio) {
        return Math.sqrt((1.0 / n + testToTrainRatio) * variance);
    }

    /**
     * Wilcoxon signed-rank test. Zero differences (exactly 0.0) are dropped; |d| ties (exact equality) get
     * average ranks. W = min(W+, W-).
     *
     * <p>p-value (two-sided): exact, from the null distribution of W+ computed by dynamic programming over
     * subsets of ranks 1..n, when n <= 25 and there are no ties: p = min(1, 2 * P(W+ <= W)). Otherwise the
     * normal approximation with tie-corrected variance n(n+1)(2n+1)/24 - sum(t^3 - t)/48 and a 0.5
     * continuity correction. Why our own code: commons-math3 3.6.1 (checked) ranks zero differences instead of
     * dropping them, and its exact p-value treats tied ranks as distinct integers.
     *
     * <p>If every difference is zero, n = 0 and the result is W+ = W- = 0, p = 1.
     */
    public static WilcoxonResult wilcoxonSignedRank(double[] a, double[] b) {
        double[] all = differences(a, b);
        int n = 0;
        for (double v : all) {
            if (v != 0.0) {
                n++;
            }
        }
        if (n == 0) {
            return new WilcoxonResult(0.0, 0.0, 0.0, 1.0, 0, true);
        }
        double[] d = new double[n];
        double[] abs = new double[n];
        int j = 0;
        for (double v : all) {
            if (v != 0.0) {
                d[j] = v;
                abs[j] = Math.abs(v);
                j++;
            }
        }
        Ranks.Ranked ranked = Ranks.averageRanks(abs);
        double wPlus = 0.0;
        double wMinus = 0.0;
        for (int i = 0; i < n; i++) {
            if (d[i] > 0) {
                wPlus += ranked.ranks()[i];
            } else {
                wMinus += ranked.ranks()[i];
            }
        }
        double w = Math.min(wPlus, wMinus);
        if (n <= WILCOXON_EXACT_MAX_N && !ranked.hasTies()) {
            double p = Math.min(1.0, 2.0 * exactLowerTail(n, (int) Math.round(w)));
            return new WilcoxonResult(wPlus, wMinus, w, p, n, true);
        }
        double mu = n * (n + 1) / 4.0;
        double variance = n * (n + 1.0) * (2.0 * n + 1.0) / 24.0 - ranked.tieSum() / 48.0;
        double z = Math.max(0.0, Math.abs(wPlus - mu) - 0.5) / Math.sqrt(variance);
        double p = Math.min(1.0, 2.0 * new NormalDistribution().cumulativeProbability(-z));
        return new WilcoxonResult(wPlus, wMinus, w, p, n, false);
    }

    /** P(W+ <= w) under H0 for ranks 1..n: count subsets with rank sum <= w, divide by 2^n. */
    static double exactLowerTail(int n, int w) {
        int maxSum = n * (n + 1) / 2;
        long[] counts = new long[maxSum + 1];
        counts[0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            // Downwards so each rank is used at most once (0/1 knapsack).
            for (int s = maxSum; s >= rank; s--) {
                counts[s] += counts[s - rank];
            }
        }
        long below = 0;
        for (int s = 0; s <= Math.min(w, maxSum); s++) {
            below += counts[s];
        }
        return below / Math.pow(2.0, n);
    }

    /** Wins where a_i > b_i + tol, losses where a_i < b_i - tol, ties otherwise (|a_i - b_i| <= tol). */
    public static WinTieLoss winTieLoss(double[] a, double[] b, double tieTolerance) {
        return winTieLoss(a, b, tieTolerance, true);
    }

    /**
     * Like {@link #winTieLoss(double[], double[], double)}, but a "win" means a is better, so for
     * lower-is-better metrics (RMSE, log-loss) a win is a_i < b_i - tol.
     */
    public static WinTieLoss winTieLoss(double[] a, double[] b, double tieTolerance, boolean higherIsBetter) {
        double[] d = differences(a, b);
        if (!(tieTolerance >= 0.0) || Double.isInfinite(tieTolerance)) {
            throw new IllegalArgumentException("tieTolerance must be finite and >= 0, got " + tieTolerance);
        }
        int wins = 0;
        int ties = 0;
        int losses = 0;
        for (double v : d) {
            double better = higherIsBetter ? v : -v;
            if (Math.abs(v) <= tieTolerance) {
                ties++;
            } else if (better > 0) {
                wins++;
            } else {
                losses++;
            }
        }
        return new WinTieLoss(wins, ties, losses);
    }

    private static double[] differences(double[] a, double[] b) {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        Checks.sameLength(a.length, b.length, "a", "b");
        Checks.nonEmpty(a.length, "a");
        Checks.finite(a, "a");
        Checks.finite(b, "b");
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
