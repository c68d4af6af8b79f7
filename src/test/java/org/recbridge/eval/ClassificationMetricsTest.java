package org.recbridge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {
    private static final double EPS = 1e-12;

    // scores [0.9, 0.8, 0.8, 0.3, 0.1], labels [1, 0, 1, 1, 0]
    private static final double[] TIED_SCORES = {0.9, 0.8, 0.8, 0.3, 0.1};
    private static final boolean[] TIED_LABELS = {true, false, true, true, false};

    @Test
    void aucWithTiesByHand() {
        // Ascending: 0.1(neg) r1, 0.3(pos) r2, 0.8/0.8 (pos+neg) r3.5 each, 0.9(pos) r5.
        // R+ = 2 + 3.5 + 5 = 10.5; U = 10.5 - 3*4/2 = 4.5; AUC = 4.5 / (3*2) = 0.75.
        // Pairwise check: 0.9>0.8, 0.9>0.1, 0.8=0.8 (1/2), 0.8>0.1, 0.3<0.8, 0.3>0.1 -> 4.5/6.
        assertEquals(0.75, ClassificationMetrics.auc(TIED_SCORES, TIED_LABELS), EPS);
    }

    @Test
    void aucPerfectInvertedAndRandom() {
        boolean[] y = {true, true, false, false};
        assertEquals(1.0, ClassificationMetrics.auc(new double[] {0.9, 0.8, 0.2, 0.1}, y), EPS);
        assertEquals(0.0, ClassificationMetrics.auc(new double[] {0.1, 0.2, 0.8, 0.9}, y), EPS);
        // all scores tied: every pair counts 1/2 -> 0.5
        assertEquals(0.5, ClassificationMetrics.auc(new double[] {0.5, 0.5, 0.5, 0.5}, y), EPS);
        // pos {0.9, 0.1}, neg {0.5, 0.2}: 0.9 beats both (2), 0.1 beats none (0) -> 2/4 = 0.5
        assertEquals(0.5, ClassificationMetrics.auc(new double[] {0.9, 0.1, 0.5, 0.2}, y), EPS);
    }

    @Test
    void aucSingleClassIsNaN() {
        assertTrue(Double.isNaN(ClassificationMetrics.auc(new double[] {0.1, 0.2}, new boolean[] {true, true})));
        assertTrue(Double.isNaN(ClassificationMetrics.auc(new double[] {0.1, 0.2}, new boolean[] {false, false})));
    }

    @Test
    void aucMatchesBruteForcePairCount() {
        Random random = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            int n = 2 + random.nextInt(60);
            double[] s = new double[n];
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                s[i] = random.nextInt(8) / 8.0; // coarse values -> many ties
                if (s[i] == 0 && random.nextBoolean()) {
                    s[i] = -0.0; // ties with 0.0, as == says
                } else if (s[i] == 7 / 8.0 && random.nextBoolean()) {
                    s[i] = Double.POSITIVE_INFINITY;
                }
                y[i] = random.nextBoolean();
            }
            double wins = 0;
            long pairs = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (y[i] && !y[j]) {
                        pairs++;
                        wins += s[i] > s[j] ? 1.0 : s[i] == s[j] ? 0.5 : 0.0;
                    }
                }
            }
            double expected = pairs == 0 ? Double.NaN : wins / pairs;
            // both count the same halves exactly: equal to the last bit
            assertEquals(expected, ClassificationMetrics.auc(s, y), 0.0);
        }
    }

    @Test
    void accuracyByHand() {
        // threshold 0.5, ">=" is positive: predictions [1, 0, 1, 0] vs labels [1, 1, 0, 0]
        // correct: yes, no, no, yes -> 2/4
        double[] p = {0.9, 0.4, 0.5, 0.2};
        boolean[] y = {true, true, false, false};
        assertEquals(0.5, ClassificationMetrics.accuracy(p, y, 0.5), EPS);
        // threshold 0.3: predictions [1, 1, 1, 0] -> correct yes, yes, no, yes -> 3/4
        assertEquals(0.75, ClassificationMetrics.accuracy(p, y, 0.3), EPS);
    }

    @Test
    void logLossByHand() {
        // p = [0.9, 0.2], y = [1, 0]: -(ln 0.9 + ln 0.8) / 2 = -(-0.1053605 - 0.2231436) / 2 = 0.1642520
        double expected = -(Math.log(0.9) + Math.log(0.8)) / 2;
        assertEquals(0.164252033486018, expected, 1e-15);
        assertEquals(expected, ClassificationMetrics.logLoss(new double[] {0.9, 0.2}, new boolean[] {true, false}),
                EPS);
    }

    @Test
    void logLossClipsCertainMistakes() {
        // p = 0 for a positive is clipped to 1e-15: -ln(1e-15) = 15 ln 10 = 34.5387764
        assertEquals(15 * Math.log(10), ClassificationMetrics.logLoss(new double[] {0.0}, new boolean[] {true}),
                1e-6);
        assertEquals(15 * Math.log(10), ClassificationMetrics.logLoss(new double[] {1.0}, new boolean[] {false}),
                1e-3);
    }

    @Test
    void rocPointsGroupTies() {
        // P = 3, N = 2. Descending thresholds:
        // +inf -> (0, 0); 0.9 (pos) -> (0, 1/3); 0.8 (pos+neg) -> (1/2, 2/3); 0.3 (pos) -> (1/2, 1); 0.1 (neg) -> (1, 1)
        List<RocPoint> roc = ClassificationMetrics.rocPoints(TIED_SCORES, TIED_LABELS);
        double[][] expected = {{0, 0}, {0, 1.0 / 3}, {0.5, 2.0 / 3}, {0.5, 1}, {1, 1}};
        double[] thresholds = {Double.POSITIVE_INFINITY, 0.9, 0.8, 0.3, 0.1};
        assertEquals(expected.length, roc.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], roc.get(i).fpr(), EPS, "fpr " + i);
            assertEquals(expected[i][1], roc.get(i).tpr(), EPS, "tpr " + i);
            assertEquals(thresholds[i], roc.get(i).threshold(), 0.0, "threshold " + i);
        }
        // trapezoid area: 0.5 * (1/3 + 2/3) / 2 + 0.5 * 1 = 0.25 + 0.5 = 0.75 = AUC
        double area = 0;
        for (int i = 1; i < roc.size(); i++) {
            area += (roc.get(i).fpr() - roc.get(i - 1).fpr()) * (roc.get(i).tpr() + roc.get(i - 1).tpr()) / 2;
        }
        assertEquals(0.75, area, EPS);
    }

    @Test
    void rocSingleClassIsEmpty() {
        assertTrue(ClassificationMetrics.rocPoints(new double[] {0.3}, new boolean[] {true}).isEmpty());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.auc(new double[] {0.1, 0.2}, new boolean[] {true}));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.auc(new double[0], new boolean[0]));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.auc(new double[] {Double.NaN, 0.2}, new boolean[] {true, false}));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.logLoss(new double[] {1.2}, new boolean[] {true}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.accuracy(new double[] {0.1, 0.2, 0.3}, new boolean[] {true}, 0.5));
        assertTrue(e.getMessage().contains("same length"), e.getMessage());
    }
}
