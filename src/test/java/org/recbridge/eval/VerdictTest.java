package org.recbridge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VerdictTest {
    @Test
    void higherIsBetter() {
        assertEquals(Verdict.BETTER, Verdict.decide(0.01, 0.02, true));
        assertEquals(Verdict.WORSE, Verdict.decide(0.01, -0.02, true));
        assertEquals(Verdict.NO_DIFFERENCE, Verdict.decide(0.2, 0.02, true));
    }

    @Test
    void lowerIsBetterFlipsDirection() {
        // RMSE went down by 0.1 with p = 0.001 -> better
        assertEquals(Verdict.BETTER, Verdict.decide(0.001, -0.1, false));
        assertEquals(Verdict.WORSE, Verdict.decide(0.001, 0.1, false));
    }

    @Test
    void alphaIsStrict() {
        assertEquals(Verdict.NO_DIFFERENCE, Verdict.decide(0.05, 1.0, true));
        assertEquals(Verdict.BETTER, Verdict.decide(0.05, 1.0, 0.10, true));
        assertEquals(Verdict.NO_DIFFERENCE, Verdict.decide(Double.NaN, 1.0, true));
        assertEquals(Verdict.NO_DIFFERENCE, Verdict.decide(0.001, 0.0, true));
        assertThrows(IllegalArgumentException.class, () -> Verdict.decide(0.01, 1.0, 0.0, true));
    }
}
