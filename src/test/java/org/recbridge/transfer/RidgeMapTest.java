package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RidgeMapTest {
    @Test
    void recoversAKnownLinearMapWithIntercept() {
        Random random = new Random(3);
        int n = 400;
        int d = 5;
        int e = 3;
        double[][] m = new double[d][e];
        double[] intercept = {0.5, -1.0, 2.0};
        for (double[] row : m) {
            for (int j = 0; j < e; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] x = new double[n][d];
        double[][] y = new double[n][e];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                x[i][k] = random.nextGaussian();
            }
            for (int j = 0; j < e; j++) {
                y[i][j] = intercept[j] + 0.01 * random.nextGaussian();
                for (int k = 0; k < d; k++) {
                    y[i][j] += x[i][k] * m[k][j];
                }
            }
        }
        RidgeMap map = RidgeMap.fit(x, y, 1e-3);
        double[][] fitted = map.coefficients();
        for (int k = 0; k < d; k++) {
            assertArrayEquals(m[k], fitted[k], 0.01, "row " + k);
        }
        assertArrayEquals(intercept, map.apply(new double[d]), 0.01);
    }

    @Test
    void aLargePenaltyShrinksTowardsTheMeanOutput() {
        double[][] x = {{1}, {2}, {3}};
        double[][] y = {{2}, {4}, {6}};
        RidgeMap map = RidgeMap.fit(x, y, 1e9);
        assertEquals(4.0, map.apply(new double[] {10})[0], 1e-6);
    }

    @Test
    void rejectsMismatchedRowsAndNonPositivePenalty() {
        assertThrows(IllegalArgumentException.class, () -> RidgeMap.fit(new double[2][1], new double[3][1], 1));
        assertThrows(IllegalArgumentException.class, () -> RidgeMap.fit(new double[2][1], new double[2][1], 0));
    }
}
