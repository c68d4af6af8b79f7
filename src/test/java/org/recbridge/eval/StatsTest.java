package org.recbridge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void meanAndSampleSd() {
        // [1..5]: mean 3; squared deviations 4+1+0+1+4 = 10; /(5-1) = 2.5; sd = 1.5811388
        double[] v = {1, 2, 3, 4, 5};
        assertEquals(3.0, Stats.mean(v), 1e-12);
        assertEquals(Math.sqrt(2.5), Stats.sd(v), 1e-12);
        assertTrue(Double.isNaN(Stats.sd(new double[] {4})));
    }

    @Test
    void tIntervalByHand() {
        // t_{0.975, 4} = 2.7764451 (table); half-width = 2.7764451 * 1.5811388 / sqrt(5) = 1.9632432
        Interval ci = Stats.meanWithInterval(new double[] {1, 2, 3, 4, 5}, 0.95);
        assertEquals(3.0, ci.mean(), 1e-12);
        assertEquals(5, ci.n());
        assertEquals(1.5811388, ci.sd(), 1e-7);
        assertEquals(1.9632432, ci.halfWidth(), 1e-6);
        assertEquals(3 - 1.9632432, ci.lower(), 1e-6);
        assertEquals(3 + 1.9632432, ci.upper(), 1e-6);
    }

    @Test
    void singleValueHasNaNBounds() {
        Interval ci = Stats.meanWithInterval(new double[] {0.7}, 0.95);
        assertEquals(0.7, ci.mean());
        assertEquals(1, ci.n());
        assertTrue(Double.isNaN(ci.lower()) && Double.isNaN(ci.upper()) && Double.isNaN(ci.sd()));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Stats.mean(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Stats.meanWithInterval(new double[] {1, 2}, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Stats.sd(new double[] {1, Double.NaN}));
    }
}
