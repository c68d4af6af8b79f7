package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * EMCDR's MLP map against its linear (ridge) map on planted maps from 4 source factors to 3 target factors:
 * fitted on 1,500 "shared users", scored on 1,000 others the maps never saw.
 */
class MlpMapTest {
    private static final int D = 4;
    private static final int E = 3;
    /** Directions of the planted map, one per target factor. */
    private static final double[][] A = {{1, 0.5, 0, -0.5}, {0, 1, -1, 0.5}, {0.5, -0.5, 1, 1}};

    private static double dot(double[] x, double[] a) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * a[i];
        }
        return s;
    }

    /** y_k = f(x . a_k) + noise. */
    private static double[][][] data(int n, UnaryOperator<Double> f, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][D];
        double[][] y = new double[n][E];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < D; j++) {
                x[i][j] = random.nextGaussian();
            }
            for (int k = 0; k < E; k++) {
                y[i][k] = f.apply(dot(x[i], A[k])) + 0.05 * random.nextGaussian();
            }
        }
        return new double[][][] {x, y};
    }

    private static double mse(FactorMap map, double[][][] test) {
        double sum = 0;
        for (int i = 0; i < test[0].length; i++) {
            double[] p = map.apply(test[0][i]);
            for (int k = 0; k < E; k++) {
                sum += (p[k] - test[1][i][k]) * (p[k] - test[1][i][k]);
            }
        }
        return sum / (test[0].length * E);
    }

    @Test
    void onAPlantedNonlinearMapTheMlpBeatsTheLinearMap() {
        UnaryOperator<Double> bent = z -> Math.sin(1.5 * z);
        double[][][] train = data(1500, bent, 1);
        double[][][] test = data(1000, bent, 2);
        double linear = mse(RidgeMap.fit(train[0], train[1], 1.0), test);
        double mlp = mse(MlpMap.fit(train[0], train[1], 32, 7), test);
        // sin(1.5z) is mostly not linear in z: the best line leaves most of its variance, the MLP little
        assertTrue(linear > 0.3, "linear map's error " + linear);
        assertTrue(mlp < linear / 3, "MLP " + mlp + " against linear " + linear);
    }

    @Test
    void onAPlantedLinearMapTheMlpLosesLittle() {
        UnaryOperator<Double> straight = z -> 0.8 * z + 1;
        double[][][] train = data(1500, straight, 3);
        double[][][] test = data(1000, straight, 4);
        double linear = mse(RidgeMap.fit(train[0], train[1], 1.0), test);
        double mlp = mse(MlpMap.fit(train[0], train[1], 32, 7), test);
        // the noise alone is 0.0025: ridge sits on it; the MLP may add a little, never much
        assertTrue(linear < 0.003, "linear map's error " + linear);
        assertTrue(mlp < linear * 1.5 + 0.002, "MLP " + mlp + " against linear " + linear);
    }

    @Test
    void theSameSeedFitsTheSameMap() {
        double[][][] train = data(200, z -> Math.tanh(2 * z), 5);
        double[] x = {0.3, -1, 0.5, 2};
        assertArrayEquals(MlpMap.fit(train[0], train[1], 8, 11).apply(x), MlpMap.fit(train[0], train[1], 8, 11).apply(x));
        assertEquals(E, MlpMap.fit(train[0], train[1], 8, 12).apply(x).length);
        assertThrows(IllegalArgumentException.class, () -> MlpMap.fit(new double[1][D], new double[1][E], 8, 1));
    }
}
