package org.recbridge.eval;

/** Shared argument checks, so every metric rejects bad input with the same clear messages. */
final class Checks {
    private Checks() {
    }

    static void nonEmpty(int length, String name) {
        if (length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }

    static void sameLength(int a, int b, String nameA, String nameB) {
        if (a != b) {
            throw new IllegalArgumentException(
                    nameA + " and " + nameB + " must have the same length, got " + a + " and " + b);
        }
    }

    /** NaN would silently poison sorting and sums, so it is rejected up front; infinities are allowed. */
    static void noNaN(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is NaN");
            }
        }
    }

    static void finite(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is not finite: " + values[i]);
            }
        }
    }

    static void probabilities(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            double p = values[i];
            if (!(p >= 0.0 && p <= 1.0)) {
                throw new IllegalArgumentException(name + "[" + i + "] is not a probability in [0, 1]: " + p);
            }
        }
    }

    static void notNull(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }

    /** Open interval (0, 1), used for confidence levels and significance levels. */
    static void openUnit(double value, String name) {
        if (!(value > 0.0 && value < 1.0)) {
            throw new IllegalArgumentException(name + " must be strictly between 0 and 1, got " + value);
        }
    }
}
