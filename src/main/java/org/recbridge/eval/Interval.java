package org.recbridge.eval;

/**
 * A mean with a two-sided confidence interval, as produced by {@link Stats#meanWithInterval}.
 * With n = 1 there is no spread estimate: sd, lower and upper are NaN (the mean is still valid).
 *
 * @param mean  sample mean
 * @param lower lower bound of the interval
 * @param upper upper bound of the interval
 * @param n     number of values
 * @param sd    sample standard deviation (n - 1 denominator)
 */
public record Interval(double mean, double lower, double upper, int n, double sd) {
    /** Half the interval width; NaN when n = 1. */
    public double halfWidth() {
        return (upper - lower) / 2.0;
    }
}
