package org.recbridge.ui.common;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.eval.Verdict;

/** Every verdict the engine can write has an explanation, not its own words echoed back. */
class HelpTest {
    @Test
    void everyVerdictWordingIsExplained() {
        for (Verdict v : Verdict.values()) {
            for (boolean negative : List.of(false, true)) {
                String words = new Comparison("pooled", "linear", "target-only", "all", "AUC", 3, -0.05, -0.08,
                        -0.02, 0.95, -3, 0.04, 0.1, 0, 0, 3, v, negative, 0.01).verdictWords();
                assertNotEquals(words, Help.verdict(words), "no explanation for \"" + words + "\"");
            }
        }
        assertNotEquals("baseline", Help.verdict("baseline"));
    }

    @Test
    void theNegativeTransferHelpStatesTheEngineRule() {
        assertTrue(Help.NEGATIVE_TRANSFER.contains("minimum effect"));
        assertTrue(Help.NEGATIVE_TRANSFER.contains("every one of 3 or more seeds"));
        assertTrue(Help.allMetrics().contains("Worse on every seed, not significant"));
    }
}
