package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.analysis.hints.HintFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.diagnostics.DomainDiagnostics;
import org.recbridge.eval.Verdict;

class FewSharedUsersRuleTest {
    private final HintRule rule = new FewSharedUsersRule();
    private final DomainDiagnostics few = diagnostics(List.of(overlap(40, 1000, List.of())), List.of(), List.of(),
            List.of());

    @Test
    void firesWithFewSharedUsers() {
        assertOne(hints(rule, few, null), "few-shared-users", "only 4% of target users", "40 of 1000",
                "side features carry the rest");
        assertEquals("warning", hints(rule, few, null).get(0).severity());
    }

    @Test
    void silentWithManySharedUsers() {
        assertTrue(hints(rule, quiet(), null).isEmpty());
        DomainDiagnostics tenPercent = diagnostics(List.of(overlap(100, 1000, List.of())), List.of(), List.of(),
                List.of());
        assertTrue(hints(rule, tenPercent, null).isEmpty());
    }

    @Test
    void noSharedUserSaysThereIsNoColdStartGroupAndWhatCanStillTransfer() {
        DomainDiagnostics d = diagnostics(List.of(overlap(0, 1000, List.of("i.genre"))), List.of(), List.of(),
                List.of());
        assertOne(hints(rule, d, null), "no-shared-users", "0 of 1000", "no cold-start group",
                "only side features can transfer");
        DomainDiagnostics nothing = diagnostics(List.of(overlap(0, 1000, List.of())), List.of(), List.of(), List.of());
        assertTrue(hints(rule, nothing, null).isEmpty(), "nothing-shared says it then");
    }

    @Test
    void aMeasuredHelpThroughUsersIsSaidInsteadOfImpliedAway() {
        List<Hint> h = hints(rule, few, withComparisons(measured("fine-tune(targetEpochs=5)", "cold", 0.04, 0.05,
                0.06)));
        assertOne(h, "few-shared-users", "40 of 1000", "but one still helps here: fine-tune(targetEpochs=5) (fm) "
                + "for cold users (its effect is in the transfer-pays-off hint)");
        assertEquals("info", h.get(0).severity());
        assertLacks(h.get(0), "side features carry the rest");
    }

    @Test
    void aHelpTheEvidenceDoesNotSupportChangesNothing() {
        // pooled does not go through users; fine-tune on two seeds is too few to rest a claim on
        for (var c : List.of(measured("pooled", "cold", 0.04, 0.05, 0.06),
                comparison("fine-tune", "cold", 2, Verdict.BETTER, 0.05, false))) {
            List<Hint> h = hints(rule, few, withComparisons(c));
            assertOne(h, "few-shared-users", "side features carry the rest");
            assertLacks(h.get(0), "still helps");
        }
    }
}
