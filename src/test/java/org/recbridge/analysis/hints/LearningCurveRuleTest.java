package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.analysis.hints.HintFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.curves.LearningCurve;
import org.recbridge.experiment.ExperimentResults;

class LearningCurveRuleTest {
    private final HintRule rule = new LearningCurveRule();

    @Test
    void firesWhereTheTargetCatchesUp() {
        LearningCurve target = curve("target-only", 0.55, 0.62, 0.70);
        LearningCurve pooled = curve("pooled", 0.66, 0.68, 0.71);
        ExperimentResults r = results(List.of(1L, 2L, 3L), List.of(), List.of(), List.of(target, pooled), List.of());
        assertOne(hints(rule, null, r), "learning-curve", "with 100% of the target", "pooled",
                "overlap in their 95% intervals over 3 seeds", "no clear difference");
        assertFalse(hints(rule, null, r).get(0).message().contains("reaches"));
    }

    @Test
    void silentWhenTransferIsNeverAhead() {
        LearningCurve target = curve("target-only", 0.55, 0.62, 0.70);
        LearningCurve neverBehind = curve("pooled", 0.50, 0.55, 0.60);
        assertTrue(hints(rule, null, results(List.of(1L), List.of(), List.of(), List.of(target, neverBehind),
                List.of())).isEmpty());
        assertTrue(hints(rule, null, quietResults()).isEmpty());
    }

    @Test
    void silentWhereItsNumbersDoNotSupportIt() {
        // two seeds: intervals too wide to say anything
        LearningCurve target = curve("target-only", 2, 0.55, 0.62, 0.70);
        LearningCurve pooled = curve("pooled", 2, 0.66, 0.68, 0.71);
        assertTrue(hints(rule, null, results(List.of(1L, 2L), List.of(), List.of(), List.of(target, pooled),
                List.of())).isEmpty());
        // intervals overlap from the smallest budget: transfer never clearly paid off
        LearningCurve close = curve("pooled", 0.56, 0.63, 0.71);
        assertTrue(hints(rule, null, results(List.of(1L, 2L, 3L), List.of(), List.of(),
                List.of(curve("target-only", 0.55, 0.62, 0.70), close), List.of())).isEmpty());
    }
}
