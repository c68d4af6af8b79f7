package org.recbridge.analysis.significance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.recbridge.eval.Verdict;

/** One rule for a verdict's words and colour: a difference smaller than the minimum effect is neither. */
class ComparisonStandingTest {
    private static Comparison of(double difference, Verdict verdict, boolean negative, double minimumEffect) {
        return new Comparison("joint", "fm", "target-only", "warm", "AUC", 3, difference, difference - 0.0005,
                difference + 0.0005, 0.95, 4, 0.01, 0.25, 3, 0, 0, verdict, negative, minimumEffect);
    }

    @Test
    void aSignificantGainBelowTheMinimumEffectIsNotGreenAndSaysSo() {
        Comparison tiny = of(0.0007, Verdict.BETTER, false, 0.005);
        assertEquals("better (below the minimum effect)", tiny.verdictWords());
        assertEquals(Comparison.Standing.NEUTRAL, tiny.standing());
        assertFalse(tiny.paysOff());
    }

    @Test
    void aGainOfAtLeastTheMinimumEffectPaysOff() {
        Comparison gain = of(0.005, Verdict.BETTER, false, 0.005);
        assertEquals("better", gain.verdictWords());
        assertEquals(Comparison.Standing.PAYS_OFF, gain.standing());
        assertTrue(gain.paysOff());
    }

    @Test
    void negativeTransferIsRedAndASmallSignificantLossIsNot() {
        assertEquals(Comparison.Standing.NEGATIVE, of(-0.02, Verdict.WORSE, true, 0.005).standing());
        assertEquals("worse", of(-0.02, Verdict.WORSE, true, 0.005).verdictWords());
        assertEquals("worse on every seed (not significant)",
                of(-0.02, Verdict.NO_DIFFERENCE, true, 0.005).verdictWords());
        Comparison small = of(-0.001, Verdict.WORSE, false, 0.005);
        assertEquals("worse (below the minimum effect)", small.verdictWords());
        assertEquals(Comparison.Standing.NEUTRAL, small.standing());
        assertEquals("no difference", of(0.0001, Verdict.NO_DIFFERENCE, false, 0.005).verdictWords());
    }
}
