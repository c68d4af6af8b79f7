package org.recbridge.experiment;

import java.util.Locale;

/**
 * Mean and 95% interval over seeds of one metric of one (strategy, learner, user group).
 *
 * @param n how many seeds the value rests on
 */
public record SummaryRow(String strategy, String learner, String group, String metric, double mean, double lower,
                         double upper, int n) {
    /** Whether there is an interval: two seeds or more. */
    public boolean hasInterval() {
        return n >= 2 && !Double.isNaN(lower) && !Double.isNaN(upper);
    }

    /**
     * "0.7068 ± 0.0242" (the interval's half width), the mean alone for a single seed, "-" when there is no value
     * (an AUC of test rows all of one class).
     */
    public String meanAndHalfWidth() {
        return Double.isNaN(mean) ? "-" : hasInterval()
                ? String.format(Locale.ROOT, "%.4f ± %.4f", mean, (upper - lower) / 2)
                : String.format(Locale.ROOT, "%.4f", mean);
    }

    /** "0.7068 [0.6826, 0.7310]", the mean alone for a single seed, "-" when there is no value. */
    public String meanAndInterval() {
        return Double.isNaN(mean) ? "-" : hasInterval()
                ? String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", mean, lower, upper)
                : String.format(Locale.ROOT, "%.4f", mean);
    }
}
