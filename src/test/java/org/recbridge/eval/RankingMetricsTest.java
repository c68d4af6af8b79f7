package org.recbridge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    // negatives: two score above 0.7, the rest below -> positive at 0.7 has rank 3
    private static final double[] NEGATIVES = {0.9, 0.8, 0.5, 0.4, 0.1};

    @Test
    void rankThreeByHand() {
        assertEquals(3, RankingMetrics.rank(0.7, NEGATIVES));
        // HR@3 = 1 (3 <= 3), HR@2 = 0
        assertEquals(1.0, RankingMetrics.hitRate(0.7, NEGATIVES, 3));
        assertEquals(0.0, RankingMetrics.hitRate(0.7, NEGATIVES, 2));
        // NDCG@3 = 1 / log2(3 + 1) = 1/2; NDCG@2 = 0
        assertEquals(0.5, RankingMetrics.ndcg(0.7, NEGATIVES, 3), 1e-12);
        assertEquals(0.0, RankingMetrics.ndcg(0.7, NEGATIVES, 2), 1e-12);
        // rank 1: 1 / log2(2) = 1
        assertEquals(1.0, RankingMetrics.ndcg(0.95, NEGATIVES, 1), 1e-12);
    }

    @Test
    void tiesArePessimistic() {
        // 0.9 and 0.8 higher, 0.5 tied -> rank 1 + 2 + 1 = 4
        assertEquals(4, RankingMetrics.rank(0.5, NEGATIVES));
        // constant model: all tied -> rank 6 = last
        assertEquals(6, RankingMetrics.rank(0.3, new double[] {0.3, 0.3, 0.3, 0.3, 0.3}));
        assertEquals(0.0, RankingMetrics.hitRate(0.3, new double[] {0.3, 0.3, 0.3, 0.3, 0.3}, 5));
    }

    @Test
    void severalPositivesAreRankedSeparatelyAndAveraged() {
        // 0.95 -> rank 1, 0.7 -> rank 3, 0.2 -> rank 5 (positives do not compete with each other)
        double[] positives = {0.95, 0.7, 0.2};
        // HR@3 = (1 + 1 + 0) / 3 = 2/3
        assertEquals(2.0 / 3, RankingMetrics.hitRate(positives, NEGATIVES, 3), 1e-12);
        // NDCG@5 = (1/log2 2 + 1/log2 4 + 1/log2 6) / 3 = (1 + 0.5 + 0.3868528) / 3 = 0.6289509
        double expected = (1 + 0.5 + 1 / (Math.log(6) / Math.log(2))) / 3;
        assertEquals(0.6289509, expected, 1e-7);
        assertEquals(expected, RankingMetrics.ndcg(positives, NEGATIVES, 5), 1e-12);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.hitRate(0.5, NEGATIVES, 0));
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.ndcg(0.5, new double[0], 3));
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.hitRate(Double.NaN, NEGATIVES, 3));
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.hitRate(new double[0], NEGATIVES, 3));
    }
}
