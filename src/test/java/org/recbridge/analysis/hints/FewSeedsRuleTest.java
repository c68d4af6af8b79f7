package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.analysis.hints.HintFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class FewSeedsRuleTest {
    private final HintRule rule = new FewSeedsRule();

    @Test
    void firesBelowThreeSeeds() {
        assertOne(hints(rule, null, results(List.of(1L), List.of(), List.of(), List.of(), List.of())), "few-seeds",
                "only 1 seed:");
        assertOne(hints(rule, null, results(List.of(1L, 2L), List.of(), List.of(), List.of(), List.of())), "few-seeds",
                "only 2 seeds:");
    }

    @Test
    void silentFromThreeSeedsOrWithoutResults() {
        assertTrue(hints(rule, null, quietResults()).isEmpty());
        assertTrue(hints(rule, quiet(), null).isEmpty());
    }
}
