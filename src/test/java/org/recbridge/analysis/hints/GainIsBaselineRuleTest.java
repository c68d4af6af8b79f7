package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.analysis.hints.HintFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.experiment.ExperimentResults;

class GainIsBaselineRuleTest {
    private final HintRule rule = new GainIsBaselineRule();

    @Test
    void aGainNoLargerThanPopularitysIsItemQuality() {
        ExperimentResults r = withComparisons(measured("pooled", "cold", 0.04, 0.05, 0.06),
                measured("popularity", "cold", 0.05, 0.06, 0.07));
        assertOne(hints(rule, null, r), "gain-is-baseline", "pooled (fm) gains AUC +0.0500", "no more than "
                + "popularity's +0.0600", "most of pooled's gain is item quality");
        Hint h = hints(rule, null, r).get(0);
        assertTrue(h.plain().contains("pooling helped cold users (new to the target) by about 0.05 AUC, but item "
                + "popularity alone helped as much (about 0.06)"), h.plain());
        assertEquals(new HintSubject("pooled", "fm", "cold", "AUC"), h.subject());
    }

    @Test
    void aGainNoLargerThanBiasTransfersIsTheUsersSourceBias() {
        ExperimentResults r = withComparisons(measured("feature-transfer", "cold", 0.03, 0.04, 0.05),
                measured("popularity", "cold", 0.0, 0.01, -0.01), measured("bias-transfer", "cold", 0.04, 0.05, 0.04));
        assertOne(hints(rule, null, r), "gain-is-baseline", "feature-transfer (fm) gains", "no more than "
                + "bias-transfer's", "what the users' source bias carries");
    }

    @Test
    void silentWhenTheStrategyGainsMoreOrTheSimpleModelsDidNotRun() {
        ExperimentResults more = withComparisons(measured("pooled", "cold", 0.09, 0.10, 0.11),
                measured("popularity", "cold", 0.05, 0.06, 0.07), measured("bias-transfer", "cold", 0.05, 0.06, 0.07));
        assertEquals(List.of(), hints(rule, null, more));
        assertEquals(List.of(), hints(rule, null, withComparisons(measured("pooled", "cold", 0.04, 0.05, 0.06))));
        // another user group's popularity says nothing about this one
        ExperimentResults otherGroup = withComparisons(measured("pooled", "cold", 0.04, 0.05, 0.06),
                measured("popularity", "warm", 0.05, 0.06, 0.07));
        assertEquals(List.of(), hints(rule, null, otherGroup));
    }

    @Test
    void aBaselineThatLearnsNothingFromTheSourceIsNeverNegativeTransferNorTransferPayingOff() {
        assertTrue(!measured("popularity", "cold", -0.05, -0.06, -0.07).negativeTransfer());
        assertTrue(measured("pooled", "cold", -0.05, -0.06, -0.07).negativeTransfer());
        ExperimentResults r = withComparisons(measured("popularity", "cold", 0.05, 0.06, 0.07));
        assertEquals(List.of(), hints(new TransferPaysOffRule(), null, r));
    }
}
