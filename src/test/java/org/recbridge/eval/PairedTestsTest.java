package org.recbridge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PairedTestsTest {
    // a - b = d = [2, 4, 3, 3]: mean 3, squared deviations 1 + 1 + 0 + 0 = 2, s^2 = 2/3
    private static final double[] A = {12, 14, 13, 13};
    private static final double[] B = {10, 10, 10, 10};

    /** Student t CDF for 3 df, closed form: 1/2 + (x/(1+x^2) + atan x)/pi with x = t/sqrt(3). */
    private static double twoSidedPDf3(double t) {
        double x = Math.abs(t) / Math.sqrt(3);
        return 2 * (0.5 - (x / (1 + x * x) + Math.atan(x)) / Math.PI);
    }

    @Test
    void correctedTTestByHand() {
        // ratio 0.25: (1/4 + 0.25) * 2/3 = 1/3; t = 3 / sqrt(1/3) = 3 sqrt(3) = 5.1961524, df 3
        // x = t/sqrt3 = 3: F = 1/2 + (3/10 + atan 3)/pi; p = 2(1 - F) = 0.0138468
        TTestResult r = PairedTests.correctedResampledTTest(A, B, 0.25);
        assertEquals(3 * Math.sqrt(3), r.statistic(), 1e-9);
        assertEquals(3, r.df());
        assertEquals(3.0, r.meanDifference(), 1e-12);
        assertEquals(0.0138468, twoSidedPDf3(r.statistic()), 1e-7);
        assertEquals(twoSidedPDf3(r.statistic()), r.pValue(), 1e-9);
    }

    @Test
    void zeroRatioIsThePlainPairedTTest() {
        // (1/4) * 2/3 = 1/6; t = 3 sqrt(6) = 7.3484692; x = 3 sqrt 2, p = 0.0052079
        TTestResult r = PairedTests.correctedResampledTTest(A, B, 0.0);
        assertEquals(3 * Math.sqrt(6), r.statistic(), 1e-9);
        assertEquals(0.0052079, r.pValue(), 1e-7);
        assertEquals(new org.apache.commons.math3.stat.inference.TTest().pairedTTest(A, B), r.pValue(), 1e-9);
        // correction widens the variance, so the corrected p-value is larger
        assertTrue(PairedTests.correctedResampledTTest(A, B, 0.25).pValue() > r.pValue());
    }

    @Test
    void correctedTTestEdgeCases() {
        TTestResult zero = PairedTests.correctedResampledTTest(new double[] {1, 2, 3}, new double[] {1, 2, 3}, 0.2);
        assertEquals(0.0, zero.statistic());
        assertEquals(1.0, zero.pValue());
        TTestResult constant = PairedTests.correctedResampledTTest(new double[] {2, 3}, new double[] {1, 2}, 0.2);
        assertEquals(Double.POSITIVE_INFINITY, constant.statistic());
        assertEquals(0.0, constant.pValue());
        TTestResult single = PairedTests.correctedResampledTTest(new double[] {2}, new double[] {1}, 0.2);
        assertTrue(Double.isNaN(single.pValue()));
        assertEquals(Verdict.NO_DIFFERENCE, Verdict.decide(single.pValue(), single.meanDifference(), true));
        assertThrows(IllegalArgumentException.class, () -> PairedTests.correctedResampledTTest(A, B, -1));
        assertThrows(IllegalArgumentException.class,
                () -> PairedTests.correctedResampledTTest(A, new double[] {1, 2}, 0.2));
    }

    @Test
    void wilcoxonExactAllPositive() {
        // n = 6, all d > 0: W+ = 1+..+6 = 21, W- = 0; P(W+ <= 0) = 1/64 (empty set); p = 2/64 = 0.03125
        WilcoxonResult r = PairedTests.wilcoxonSignedRank(new double[] {1, 2, 3, 4, 5, 6}, new double[6]);
        assertEquals(21.0, r.wPlus());
        assertEquals(0.0, r.wMinus());
        assertEquals(0.0, r.statistic());
        assertEquals(6, r.n());
        assertTrue(r.exact());
        assertEquals(0.03125, r.pValue(), 1e-12);
    }

    @Test
    void wilcoxonExactMixedSignsAndZerosDropped() {
        // d = [1, -2, 3, 4, 5, 0]: zero dropped, n = 5, ranks = |d|; W- = 2, W+ = 13, W = 2
        // subsets of {1..5} with sum <= 2: {}, {1}, {2} -> 3/32; p = 6/32 = 0.1875
        WilcoxonResult r = PairedTests.wilcoxonSignedRank(new double[] {1, -2, 3, 4, 5, 7}, new double[] {0, 0, 0, 0, 0, 7});
        assertEquals(5, r.n());
        assertEquals(13.0, r.wPlus());
        assertEquals(2.0, r.wMinus());
        assertEquals(0.1875, r.pValue(), 1e-12);
        assertTrue(r.direction() > 0);
    }

    @Test
    void wilcoxonTiesUseCorrectedNormalApproximation() {
        // d = [1, 1, -2, 3, 3, 3]; |d| ranks 1.5, 1.5, 3, 5, 5, 5; W- = 3, W+ = 18
        // mu = 6*7/4 = 10.5; var = 6*7*13/24 - ((8-2) + (27-3))/48 = 22.75 - 0.625 = 22.125
        // z = (|18 - 10.5| - 0.5) / sqrt(22.125) = 7 / 4.7037219 = 1.4881832; p = erfc(z/sqrt2) = 0.1367026
        WilcoxonResult r = PairedTests.wilcoxonSignedRank(new double[] {1, 1, -2, 3, 3, 3}, new double[6]);
        assertFalse(r.exact());
        assertEquals(18.0, r.wPlus());
        assertEquals(3.0, r.wMinus());
        assertEquals(0.1367026, r.pValue(), 1e-7);
    }

    @Test
    void wilcoxonAllZeroDifferences() {
        WilcoxonResult r = PairedTests.wilcoxonSignedRank(new double[] {1, 2}, new double[] {1, 2});
        assertEquals(0, r.n());
        assertEquals(1.0, r.pValue());
    }

    @Test
    void exactTailMatchesBruteForceEnumeration() {
        Random random = new Random(3);
        for (int n = 1; n <= 12; n++) {
            int maxSum = n * (n + 1) / 2;
            int w = random.nextInt(maxSum + 1);
            int count = 0;
            for (int mask = 0; mask < (1 << n); mask++) {
                int sum = 0;
                for (int j = 0; j < n; j++) {
                    if ((mask >> j & 1) == 1) {
                        sum += j + 1;
                    }
                }
                if (sum <= w) {
                    count++;
                }
            }
            assertEquals((double) count / (1 << n), PairedTests.exactLowerTail(n, w), 1e-15, "n=" + n + " w=" + w);
        }
    }

    @Test
    void winTieLossCounts() {
        double[] a = {0.80, 0.75, 0.70, 0.7005};
        double[] b = {0.70, 0.75, 0.80, 0.7000};
        // d = [+0.1, 0, -0.1, +0.0005]; tol 0.001 -> win, tie, loss, tie
        assertEquals(new WinTieLoss(1, 2, 1), PairedTests.winTieLoss(a, b, 0.001));
        // tol 0 -> win, tie, loss, win
        assertEquals(new WinTieLoss(2, 1, 1), PairedTests.winTieLoss(a, b, 0.0));
        // lower is better (RMSE): a larger is a loss
        assertEquals(new WinTieLoss(1, 1, 2), PairedTests.winTieLoss(a, b, 0.0, false));
    }

    @Test
    void correctedIntervalWithZeroRatioIsThePlainIntervalAndWidensWithTheRatio() {
        double[] a = {0.71, 0.69, 0.74, 0.70};
        double[] b = {0.65, 0.66, 0.70, 0.61};
        Interval plain = Stats.meanWithInterval(new double[] {0.06, 0.03, 0.04, 0.09}, 0.95);
        Interval zero = PairedTests.correctedInterval(a, b, 0.0, 0.95);
        assertEquals(plain.lower(), zero.lower(), 1e-12);
        assertEquals(plain.upper(), zero.upper(), 1e-12);
        // ratio 0.25 with n = 4: the standard error grows by sqrt((1/4 + 1/4) / (1/4)) = sqrt(2)
        Interval corrected = PairedTests.correctedInterval(a, b, 0.25, 0.95);
        assertEquals(plain.halfWidth() * Math.sqrt(2), corrected.halfWidth(), 1e-12);
        assertEquals(0.055, corrected.mean(), 1e-12);
    }

    @Test
    void correctedIntervalEdgeCases() {
        Interval one = PairedTests.correctedInterval(new double[] {0.7}, new double[] {0.6}, 0.2, 0.95);
        assertTrue(Double.isNaN(one.lower()) && Double.isNaN(one.upper()));
        assertEquals(0.1, one.mean(), 1e-12);
        // identical differences: no spread, the interval is the mean (the test's p is 0)
        Interval same = PairedTests.correctedInterval(new double[] {0.7, 0.8}, new double[] {0.6, 0.7}, 0.2, 0.95);
        assertEquals(same.mean(), same.lower(), 1e-12);
        assertEquals(same.mean(), same.upper(), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> PairedTests.correctedInterval(new double[] {1, 2}, new double[] {0, 0}, -1, 0.95));
        assertThrows(IllegalArgumentException.class,
                () -> PairedTests.correctedInterval(new double[] {1, 2}, new double[] {0, 0}, 0.2, 1.0));
    }
}
