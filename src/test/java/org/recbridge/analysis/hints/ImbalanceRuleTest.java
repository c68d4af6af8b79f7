package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.analysis.hints.HintFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.diagnostics.DomainDiagnostics;

class ImbalanceRuleTest {
    private final HintRule rule = new ImbalanceRule();

    @Test
    void firesOnSkewedLabels() {
        for (double rate : new double[] {0.08, 0.92}) {
            DomainDiagnostics d = diagnostics(List.of(), List.of(stats(rate)), List.of(), List.of());
            assertOne(hints(rule, d, null), "label-imbalance", Math.round(100 * rate) + "% of books ratings are likes",
                    "read AUC");
        }
    }

    @Test
    void silentOnBalancedOrUnratedData() {
        assertTrue(hints(rule, quiet(), null).isEmpty());
        assertTrue(hints(rule, diagnostics(List.of(), List.of(stats(0.16)), List.of(), List.of()), null).isEmpty());
        assertTrue(hints(rule, diagnostics(List.of(), List.of(stats(null)), List.of(), List.of()), null).isEmpty());
    }

    @Test
    void aSingleClassTargetIsNotToldToReadAuc() {
        for (double rate : new double[] {0, 1}) {
            DomainDiagnostics d = diagnostics(List.of(), List.of(stats(rate)), List.of(), List.of());
            List<Hint> h = hints(rule, d, null);
            assertOne(h, "single-class", "every books rating is", "AUC and log-loss cannot be computed");
            assertFalse(h.get(0).message().contains("read AUC"), h.get(0).message());
        }
    }
}
