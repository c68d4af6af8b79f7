package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ValidationWeightsTest {
    @Test
    void findsTheMixtureThatMadeTheLabels() {
        Random random = new Random(5);
        int n = 2000;
        double[][] p = new double[3][n];
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < 3; i++) {
                p[i][r] = random.nextDouble();
            }
            y[r] = 0.7 * p[0][r] + 0.3 * p[2][r];
        }
        assertArrayEquals(new double[] {0.7, 0.0, 0.3}, ValidationWeights.fit(p, y), 1e-3);
    }

    @Test
    void aSingleMemberGetsWeightOne() {
        assertArrayEquals(new double[] {1.0}, ValidationWeights.fit(new double[][] {{0.2, 0.9}}, new double[] {0, 1}));
    }

    @Test
    void putsAllWeightOnAPerfectMember() {
        double[][] p = {{0, 1, 0, 1}, {0.5, 0.5, 0.5, 0.5}};
        double[] w = ValidationWeights.fit(p, new double[] {0, 1, 0, 1});
        assertEquals(1.0, w[0], 1e-6);
        assertEquals(0.0, w[1], 1e-6);
    }

    @Test
    void projectionLandsOnTheSimplex() {
        assertArrayEquals(new double[] {0.5, 0.5, 0}, ValidationWeights.projectOntoSimplex(new double[] {1, 1, -1}), 1e-12);
        assertArrayEquals(new double[] {1, 0}, ValidationWeights.projectOntoSimplex(new double[] {3, 0}), 1e-12);
        assertArrayEquals(new double[] {0.25, 0.75}, ValidationWeights.projectOntoSimplex(new double[] {0.25, 0.75}), 1e-12);
    }
}
