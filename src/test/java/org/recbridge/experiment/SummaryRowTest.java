package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How every table words a metric's mean over seeds: with its interval, alone for one seed, "-" without a value. */
class SummaryRowTest {
    @Test
    void theMeanWithItsIntervalAloneForOneSeedAndADashWithoutAValue() {
        SummaryRow three = new SummaryRow("pooled", "fm", "all", "AUC", 0.7068, 0.6826, 0.7310, 3);
        assertEquals("0.7068 ± 0.0242", three.meanAndHalfWidth());
        assertEquals("0.7068 [0.6826, 0.7310]", three.meanAndInterval());
        SummaryRow one = new SummaryRow("pooled", "fm", "all", "AUC", 0.7068, Double.NaN, Double.NaN, 1);
        assertEquals("0.7068", one.meanAndHalfWidth());
        assertEquals("0.7068", one.meanAndInterval());
        // an AUC of test rows all of one class has no value
        SummaryRow none = new SummaryRow("pooled", "fm", "cold", "AUC", Double.NaN, Double.NaN, Double.NaN, 3);
        assertEquals("-", none.meanAndHalfWidth());
        assertEquals("-", none.meanAndInterval());
    }
}
