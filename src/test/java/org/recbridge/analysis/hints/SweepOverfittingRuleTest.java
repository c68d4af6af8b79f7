package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.analysis.hints.HintFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.curves.Sweep;
import org.recbridge.experiment.ExperimentResults;

class SweepOverfittingRuleTest {
    private final HintRule rule = new SweepOverfittingRule();

    @Test
    void firesWhereMoreCapacityOverfits() {
        Sweep s = new Sweep("target-only", "fm", "factors", "AUC", List.of(), 8, 32.0);
        ExperimentResults r = results(List.of(1L, 2L, 3L), List.of(), List.of(), List.of(), List.of(s));
        assertOne(hints(rule, null, r), "overfitting-sweep", "factors = 32 and above", "selected factors = 8");
        Sweep l2 = new Sweep("target-only", "linear", "l2", "AUC", List.of(), 0.01, 0.0001);
        assertOne(hints(rule, null, results(List.of(1L, 2L, 3L), List.of(), List.of(), List.of(), List.of(l2))),
                "overfitting-sweep", "l2 = 1.0E-4 and below");
    }

    @Test
    void silentOnACleanSweep() {
        Sweep clean = new Sweep("target-only", "fm", "factors", "AUC", List.of(), 8, null);
        assertTrue(hints(rule, null, results(List.of(1L), List.of(), List.of(), List.of(), List.of(clean))).isEmpty());
        assertTrue(hints(rule, null, quietResults()).isEmpty());
    }
}
