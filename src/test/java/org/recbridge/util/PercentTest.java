package org.recbridge.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PercentTest {
    @Test
    void aShortfallIsNeverRoundedAway() {
        assertEquals("99.6%", Percent.of(938, 942), "before: 938 of 942 (100%)");
        assertEquals("100%", Percent.of(942, 942));
        assertEquals("0.02%", Percent.of(1, 5000));
        assertEquals("0%", Percent.of(0, 5000));
        assertEquals("67%", Percent.of(1000, 1500));
        assertEquals(">99.99%", Percent.of(999_999, 1_000_000));
        assertEquals("-", Percent.of(0, 0));
    }

    @Test
    void sharesRoundTheSameWay() {
        assertEquals("51%", Percent.ofShare(0.508));
        assertEquals("99.9%", Percent.ofShare(0.9993));
        assertEquals("100%", Percent.ofShare(1.0));
    }
}
