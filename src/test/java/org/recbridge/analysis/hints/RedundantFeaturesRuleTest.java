package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.analysis.hints.HintFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.diagnostics.CorrelatedPair;
import org.recbridge.analysis.diagnostics.DomainDiagnostics;

class RedundantFeaturesRuleTest {
    private final HintRule rule = new RedundantFeaturesRule();

    @Test
    void firesOnAStrongCorrelationEitherWay() {
        DomainDiagnostics d = diagnostics(List.of(), List.of(), List.of(),
                List.of(new CorrelatedPair("books", "u.age", "u.years", -0.95, 100)));
        assertOne(hints(rule, d, null), "redundant-features", "r = -0.95", "u.age", "u.years");
    }

    @Test
    void silentBelowStrong() {
        assertTrue(hints(rule, quiet(), null).isEmpty());
        DomainDiagnostics d = diagnostics(List.of(), List.of(), List.of(),
                List.of(new CorrelatedPair("books", "u.age", "u.years", 0.89, 100)));
        assertTrue(hints(rule, d, null).isEmpty());
    }
}
