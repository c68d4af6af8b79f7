package org.recbridge.analysis.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.FailsOnSeedTwo;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.report.AnalysisTables;
import org.recbridge.report.ResultsFiles;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TransferStrategy;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.ProgressListener;

/** The project's analysis section run end to end: into results.json and back, tables, progress, cancel. */
class AnalysisRunnerTest {
    private static final LearnerSettings LINEAR = LearnerSettings.defaults(LearnerKind.LINEAR).withEpochs(5);
    private static final AnalysisSettings ASKED = new AnalysisSettings(List.of(0.5, 1.0), List.of(0.01, 0.0001),
            List.of(), Strategies.byId("target-only"), 0);

    @Test
    void addsCurvesAndSweepsThatSurviveResultsJson(@TempDir Path dir) throws Exception {
        Project project = CurveFixtures.project(List.of(LINEAR), List.of(1L, 2L), "target-only").withAnalysis(ASKED);
        LoadedData data = CurveFixtures.data(CurveFixtures.TINY_TARGET);
        ExperimentRunner runner = ExperimentRunner.withAllCores();
        ExperimentResults main = runner.run(project, data, ProgressListener.none(), CancelToken.none());
        assertTrue(main.learningCurves().isEmpty() && main.sweeps().isEmpty());
        List<Double> fractions = new ArrayList<>();
        ExperimentResults all = AnalysisRunner.run(project, data, main, runner,
                (f, m) -> { synchronized (fractions) { fractions.add(f); } }, CancelToken.none());
        assertFalse(all.learningCurves().isEmpty());
        assertEquals(1, all.sweeps().size());
        assertTrue(fractions.stream().allMatch(f -> f >= 0 && f <= 1) && !fractions.isEmpty());

        ResultsFiles.writeJson(all, dir.resolve("results.json"));
        ExperimentResults back = ResultsFiles.readJson(dir.resolve("results.json"));
        assertEquals(all.learningCurves(), back.learningCurves());
        assertEquals(all.sweeps().get(0).selected(), back.sweeps().get(0).selected());
        assertEquals(all.runs().get(0).generalisationGap(), back.runs().get(0).generalisationGap(), 1e-12);

        String curves = AnalysisTables.learningCurves(all);
        assertTrue(curves.contains("50%") && curves.contains("100%") && curves.contains("cold"), curves);
        String sweeps = AnalysisTables.sweeps(all);
        assertTrue(sweeps.contains("selected (best validation)") && sweeps.contains("0.0001"), sweeps);
    }

    @Test
    void theFailedRunsOfCurvesAndSweepsAreSaidInTheNotesAndTheirPointsKeepTheOtherSeeds() {
        TransferStrategy failing = new FailsOnSeedTwo();
        Project project = CurveFixtures.project(List.of(LINEAR), List.of(1L, 2L), "target-only")
                .withStrategies(List.of(failing))
                .withAnalysis(new AnalysisSettings(List.of(0.5, 1.0), List.of(0.01), List.of(), failing, 0));
        LoadedData data = CurveFixtures.data(CurveFixtures.TINY_TARGET);
        ExperimentRunner runner = ExperimentRunner.withAllCores();
        ExperimentResults main = runner.run(project, data, ProgressListener.none(), CancelToken.none());
        ExperimentResults all = AnalysisRunner.run(project, data, main, runner, ProgressListener.none(),
                CancelToken.none());
        List<String> said = all.notes().stream().filter(n -> n.contains("broken on purpose")).toList();
        assertEquals(List.of(
                "learning curve at budget 50%: fails-on-seed-2 with linear epochs=5, seed 2: IllegalStateException: "
                        + "broken on purpose",
                "sweep: fails-on-seed-2 with linear l2=0.01 epochs=5, seed 2: IllegalStateException: broken on "
                        + "purpose"),
                said);
        for (LearningCurve c : all.learningCurves()) {
            for (BudgetPoint p : c.points()) {
                assertEquals(1, p.n(), "the seed that ran: " + c);
            }
        }
    }

    @Test
    void noSectionChangesNothingAndCancelStops() {
        Project plain = CurveFixtures.project(List.of(LINEAR), List.of(1L), "target-only");
        ExperimentResults main = new ExperimentResults(1, "p", "now", "classification", "cold-start", List.of(1L),
                List.of("AUC"), List.of(), List.of(), List.of(), List.of(), null, List.of(), null, null, null, null, null, null);
        assertTrue(main.learningCurves().isEmpty(), "an old results.json without the lists reads as empty");
        assertTrue(main.comparisons().isEmpty() && main.hints().isEmpty() && main.failures().isEmpty());
        assertEquals(main, AnalysisRunner.run(plain, null, main, new ExperimentRunner(1), ProgressListener.none(),
                CancelToken.none()));
        CancelToken cancelled = new CancelToken();
        cancelled.cancel();
        assertThrows(CancelledException.class, () -> AnalysisRunner.run(plain.withAnalysis(ASKED),
                CurveFixtures.data(CurveFixtures.TINY_TARGET), main, new ExperimentRunner(1), ProgressListener.none(),
                cancelled));
    }
}
