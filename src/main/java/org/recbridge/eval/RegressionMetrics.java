package org.recbridge.eval;

/** Error metrics for rating prediction. Both arrays must be non-empty, equally long and finite. */
public final class RegressionMetrics {
    private RegressionMetrics() {
    }

    /** Root mean squared error: sqrt(mean((predicted - actual)^2)). */
    public static double rmse(double[] predicted, double[] actual) {
        check(predicted, actual);
        double sum = 0.0;
        for (int i = 0; i < predicted.length; i++) {
            double e = predicted[i] - actual[i];
            sum += e * e;
        }
        return Math.sqrt(sum / predicted.length);
    }

    /** Mean absolute error: mean(|predicted - actual|). */
    public static double mae(double[] predicted, double[] actual) {
        check(predicted, actual);
        double sum = 0.0;
        for (int i = 0; i < predicted.length; i++) {
            sum += Math.abs(predicted[i] - actual[i]);
        }
        return sum / predicted.length;
    }

    private static void check(double[] predicted, double[] actual) {
        Checks.notNull(predicted, "predicted");
        Checks.notNull(actual, "actual");
        Checks.sameLength(predicted.length, actual.length, "predicted", "actual");
        Checks.nonEmpty(predicted.length, "predicted");
        Checks.finite(predicted, "predicted");
        Checks.finite(actual, "actual");
    }
}
