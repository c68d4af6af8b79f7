package org.recbridge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RegressionMetricsTest {
    // predicted [3, 4, 5, 2], actual [3.5, 3.5, 4, 2] -> errors [-0.5, 0.5, 1, 0]
    private static final double[] PREDICTED = {3, 4, 5, 2};
    private static final double[] ACTUAL = {3.5, 3.5, 4, 2};

    @Test
    void rmseByHand() {
        // squares 0.25 + 0.25 + 1 + 0 = 1.5; /4 = 0.375; sqrt = 0.6123724
        assertEquals(Math.sqrt(0.375), RegressionMetrics.rmse(PREDICTED, ACTUAL), 1e-12);
        assertEquals(0.6123724356957945, RegressionMetrics.rmse(PREDICTED, ACTUAL), 1e-12);
    }

    @Test
    void maeByHand() {
        // |errors| 0.5 + 0.5 + 1 + 0 = 2; /4 = 0.5
        assertEquals(0.5, RegressionMetrics.mae(PREDICTED, ACTUAL), 1e-12);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> RegressionMetrics.rmse(new double[] {1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> RegressionMetrics.mae(new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> RegressionMetrics.rmse(new double[] {Double.NaN}, new double[] {1}));
    }
}
