package org.recbridge.eval;

import org.apache.commons.math3.distribution.TDistribution;

/** Descriptive statistics over per-seed or per-user values. Inputs must be non-empty and finite. */
public final class Stats {
    private Stats() {
    }

    public static double mean(double[] values) {
        check(values);
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Sample standard deviation (n - 1 denominator); NaN for a single value. Two-pass for accuracy. */
    public static double sd(double[] values) {
        double mean = mean(values);
        if (values.length < 2) {
            return Double.NaN;
        }
        double ss = 0.0;
        for (double v : values) {
            double d = v - mean;
            ss += d * d;
        }
        return Math.sqrt(ss / (values.length - 1));
    }

    /**
     * Mean with a two-sided Student-t confidence interval: mean +- t_{(1+confidence)/2, n-1} * sd / sqrt(n).
     * With n = 1, lower, upper and sd are NaN (one value says nothing about spread).
     *
     * @param confidence e.g. 0.95, strictly between 0 and 1
     */
    public static Interval meanWithInterval(double[] values, double confidence) {
        Checks.openUnit(confidence, "confidence");
        double mean = mean(values);
        int n = values.length;
        if (n < 2) {
            return new Interval(mean, Double.NaN, Double.NaN, n, Double.NaN);
        }
        double sd = sd(values);
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + confidence / 2.0);
        double half = t * sd / Math.sqrt(n);
        return new Interval(mean, mean - half, mean + half, n, sd);
    }

    private static void check(double[] values) {
        Checks.notNull(values, "values");
        Checks.nonEmpty(values.length, "values");
        Checks.finite(values, "values");
    }
}
