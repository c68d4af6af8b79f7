package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.analysis.hints.HintFixtures.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.curves.OverfitFinding;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunInfo;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.TrainingCurve;

class EpochOverfittingRuleTest {
    private final HintRule rule = new EpochOverfittingRule();

    @Test
    void firesWhenMostSeedsOverfit() {
        ExperimentResults r = results(List.of(1L, 2L, 3L), List.of(), List.of(run(new OverfitFinding(4, 3, 0.02, 0.05)),
                run(new OverfitFinding(6, 5, 0.02, 0.05)), run(null)), List.of(), List.of());
        assertOne(hints(rule, null, r), "overfitting-epochs",
                "validation AUC gets worse while train AUC keeps improving (target-only: fm after epoch 3, 2 of 3 "
                        + "seeds): overfitting, raise L2");
        assertEquals(new HintSubject("target-only", "fm", null, null), hints(rule, null, r).get(0).subject());
    }

    @Test
    void anErrorMetricIsSaidToGetWorseNotToFall() {
        OverfitFinding f = new OverfitFinding(4, 3, 0.02, 0.05);
        RunInfo rmse = new RunInfo("pooled", "linear", 1, LearnerSettings.defaults(LearnerKind.LINEAR),
                new TrainingCurve("RMSE", List.of(), 3), 1.0, Map.of(), null, 0.1, f);
        ExperimentResults r = results(List.of(1L), List.of(), List.of(rmse), List.of(), List.of());
        Hint h = hints(rule, null, r).get(0);
        assertTrue(h.message().startsWith("validation RMSE gets worse while train RMSE keeps improving (pooled: "
                + "linear after epoch 3, 1 of 1 seeds)"), h.message());
        assertLacks(h, "falls", "rises");
    }

    @Test
    void aStrategyThatOverfitsWithBothLearnersIsOneHintNamingEach() {
        OverfitFinding f = new OverfitFinding(3, 2, 0.02, 0.05);
        List<RunInfo> runs = List.of(runOf("pooled", "linear", f), runOf("pooled", "fm", f), runOf("pooled", "fm", f),
                runOf("pooled", "fm", null), runOf("target-only", "fm", f));
        List<Hint> hints = hints(rule, null, results(List.of(1L), List.of(), runs, List.of(), List.of()));
        assertEquals(2, hints.size(), hints.toString());
        assertTrue(hints.get(0).message().contains("(pooled: linear after epoch 2, 1 of 1 seeds; fm after epoch 2, "
                + "2 of 3 seeds)"), hints.get(0).message());
        assertEquals(new HintSubject("pooled", "linear", null, null), hints.get(0).subject());
        assertTrue(hints.get(1).message().contains("(target-only: fm after epoch 2, 1 of 1 seeds)"),
                hints.get(1).message());
    }

    private static RunInfo runOf(String strategy, String learner, OverfitFinding f) {
        return new RunInfo(strategy, learner, 1, LearnerSettings.defaults(LearnerKind.FM),
                new TrainingCurve("AUC", List.of(), 3), 1.0, Map.of(), null, 0.1, f);
    }

    @Test
    void silentOnOneNoisySeedOfTwoOrNone() {
        assertTrue(hints(rule, null, quietResults()).isEmpty());
        ExperimentResults oneNoisySeed = results(List.of(1L, 2L), List.of(),
                List.of(run(new OverfitFinding(4, 3, 0.02, 0.05)), run(null)), List.of(), List.of());
        assertTrue(hints(rule, null, oneNoisySeed).isEmpty());
    }
}
