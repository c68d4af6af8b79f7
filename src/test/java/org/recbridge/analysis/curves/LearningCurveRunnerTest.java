package org.recbridge.analysis.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

class LearningCurveRunnerTest {
    @Test
    void onePointPerBudgetOverAllSeedsAndMoreTargetDataHelpsTargetOnly() {
        List<Long> seeds = List.of(1L, 2L, 3L);
        List<LearningCurve> curves = new LearningCurveRunner(ExperimentRunner.withAllCores()).run(
                CurveFixtures.project(List.of(LearnerSettings.defaults(LearnerKind.LINEAR)), seeds, "target-only"),
                CurveFixtures.data(SyntheticSettings.defaults().withSeed(5)), List.of(1.0, 0.01), null,
                ProgressListener.none(), CancelToken.none());
        assertTrue(curves.stream().anyMatch(c -> c.group().equals("cold")), "cold-start protocol: a cold curve");
        for (LearningCurve c : curves) {
            assertEquals(List.of(0.01, 1.0), c.points().stream().map(BudgetPoint::budget).toList(), c.toString());
            for (BudgetPoint p : c.points()) {
                assertEquals(seeds.size(), p.n(), c.toString());
            }
        }
        LearningCurve auc = curves.stream().filter(c -> c.group().equals("all") && c.metric().equals("AUC"))
                .findFirst().orElseThrow();
        assertTrue(auc.points().get(1).mean() > auc.points().get(0).mean(), "100% beats 1%: " + auc);
    }
}
