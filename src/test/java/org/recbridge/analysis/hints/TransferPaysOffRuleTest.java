package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.analysis.hints.HintFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.eval.Verdict;
import org.recbridge.experiment.ExperimentResults;

class TransferPaysOffRuleTest {
    private final HintRule rule = new TransferPaysOffRule();

    @Test
    void firesForTheBestStrategyStatingEffectIntervalAndSeeds() {
        ExperimentResults r = withComparisons(measured("pooled", "cold", 0.04, 0.05, 0.06),
                measured("hybrid", "cold", 0.11, 0.12, 0.13));
        assertOne(hints(rule, null, r), "transfer-pays-off", "hybrid (fm) against target-only for cold users: "
                + "AUC +0.1200 [+0.0909, +0.1491] over 3 seeds (won 3 of 3", "transfer pays off for them");
        assertEquals(new HintSubject("hybrid", "fm", "cold", "AUC"), hints(rule, null, r).get(0).subject());
    }

    @Test
    void oneHintPerUserGroup() {
        ExperimentResults r = withComparisons(measured("pooled", "cold", 0.04, 0.05, 0.06),
                measured("fine-tune", "warm", 0.02, 0.03, 0.025));
        List<Hint> h = hints(rule, null, r);
        assertEquals(2, h.size(), h.toString());
        assertTrue(h.get(0).message().contains("for cold users") && h.get(1).message().contains("for warm users"));
    }

    @Test
    void silentBelowTheMinimumEffect() {
        ExperimentResults r = withComparisons(measured("pooled", "cold", 0.0010, 0.0011, 0.0009));
        assertEquals(Verdict.BETTER, r.comparisons().get(0).verdict());
        assertTrue(hints(rule, null, r).isEmpty());
        assertTrue(hints(rule, null, quietResults()).isEmpty());
    }

    @Test
    void silentWhenTheIntervalIsTooWideToSupportIt() {
        // a better verdict on two seeds: a t-interval of two seeds cannot support a claimed effect
        ExperimentResults two = withComparisons(comparison("pooled", "cold", 2, Verdict.BETTER, 0.05, false));
        assertTrue(hints(rule, null, two).isEmpty());
        // a better verdict whose interval reaches below zero: a results file from before the interval was the
        // corrected test's (confidence NaN), where the plain interval could disagree with the verdict
        ExperimentResults wide = results(List.of(1L, 2L, 3L), List.of(new org.recbridge.analysis.significance
                .Comparison("pooled", "fm", "target-only", "cold", "AUC", 3, 0.05, -0.01, 0.11, Double.NaN, 3, 0.01,
                0.25, 2, 0,
                1, Verdict.BETTER, false, 0.005)), List.of(), List.of(), List.of());
        assertTrue(hints(rule, null, wide).isEmpty());
    }
}
