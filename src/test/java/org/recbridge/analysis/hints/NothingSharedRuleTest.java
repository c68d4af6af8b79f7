package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.analysis.hints.HintFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.diagnostics.DomainDiagnostics;

class NothingSharedRuleTest {
    private final HintRule rule = new NothingSharedRule();

    @Test
    void firesWhenNoUserItemOrFeatureIsShared() {
        DomainDiagnostics d = diagnostics(List.of(overlap(0, 1000, List.of())), List.of(), List.of(), List.of());
        assertOne(hints(rule, d, null), "nothing-shared", "share 0 users, 0 items and 0 side features");
    }

    @Test
    void silentWhenSomethingIsShared() {
        assertTrue(hints(rule, quiet(), null).isEmpty());
        DomainDiagnostics features = diagnostics(List.of(overlap(0, 1000, List.of("i.genre"))), List.of(), List.of(),
                List.of());
        assertTrue(hints(rule, features, null).isEmpty());
        assertTrue(hints(rule, null, null).isEmpty());
    }
}
