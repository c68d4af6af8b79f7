package org.recbridge.analysis.curves;

import java.util.Set;

/**
 * Whether a larger value of a metric is better. Curves and sweeps compare values in a "goodness"
 * orientation (larger = better) so one rule serves AUC and RMSE alike.
 */
final class MetricDirection {
    private static final Set<String> LOWER_IS_BETTER = Set.of("RMSE", "MAE", "log-loss");

    private MetricDirection() {
    }

    static boolean higherIsBetter(String metric) {
        return !LOWER_IS_BETTER.contains(metric);
    }

    /** The value turned so that larger is better (negated for error metrics). */
    static double goodness(String metric, double value) {
        return higherIsBetter(metric) ? value : -value;
    }
}
