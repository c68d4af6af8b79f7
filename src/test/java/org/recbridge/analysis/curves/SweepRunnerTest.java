package org.recbridge.analysis.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.Project;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.transfer.Strategies;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

class SweepRunnerTest {
    private static final List<Long> SEEDS = List.of(1L, 2L);

    @Test
    void choosesTheSettingWithTheBestValidationMeanAndOrdersByCapacity() {
        LearnerSettings fm = CurveFixtures.BIG_FM.withEpochs(12);
        Project project = CurveFixtures.project(List.of(fm), SEEDS, "target-only");
        List<Sweep> sweeps = new SweepRunner(ExperimentRunner.withAllCores()).run(project,
                CurveFixtures.data(CurveFixtures.TINY_TARGET), Strategies.byId("target-only"), fm,
                List.of(0.0, 0.1, 0.01), List.of(2, 32), ProgressListener.none(), CancelToken.none());
        assertEquals(2, sweeps.size());
        Sweep l2 = sweeps.get(0);
        assertEquals(Sweep.L2, l2.parameter());
        assertEquals(List.of(0.1, 0.01, 0.0), l2.points().stream().map(SweepPoint::value).toList(),
                "strongest L2 (least capacity) first");
        assertEquals(List.of(2.0, 32.0), sweeps.get(1).points().stream().map(SweepPoint::value).toList());
        for (Sweep s : sweeps) {
            assertEquals("AUC", s.metric());
            SweepPoint best = s.points().get(0);
            for (SweepPoint p : s.points()) {
                assertEquals(SEEDS.size(), p.validation().n());
                assertEquals(SEEDS.size(), p.test().n());
                assertEquals(SEEDS.size(), p.train().n());
                if (p.validation().mean() > best.validation().mean()) {
                    best = p;
                }
            }
            assertEquals(best.value(), s.selected(), "selected on validation, not test: " + s);
            if (s.overfittingFrom() != null) {
                assertTrue(s.points().stream().anyMatch(p -> p.value() == s.overfittingFrom()));
            }
        }
    }

    @Test
    void refusesAFactorSweepOfALinearLearner() {
        LearnerSettings linear = LearnerSettings.defaults(LearnerKind.LINEAR);
        Project project = CurveFixtures.project(List.of(linear), SEEDS, "target-only");
        assertThrows(IllegalArgumentException.class, () -> new SweepRunner(new ExperimentRunner(1)).run(project,
                null, Strategies.byId("target-only"), linear, List.of(), List.of(4), ProgressListener.none(),
                CancelToken.none()));
    }
}
