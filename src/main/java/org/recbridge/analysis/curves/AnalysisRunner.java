package org.recbridge.analysis.curves;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Runs what a project's analysis section asks for after its main run, and adds it to the results. One entry
 * point for the command line and the GUI; progress is split by how many runs each part trains.
 */
public final class AnalysisRunner {
    private AnalysisRunner() {
    }

    /** @return {@code main} with learning curves and sweeps; unchanged when the project asks for none */
    public static ExperimentResults run(Project project, LoadedData data, ExperimentResults main,
                                        ExperimentRunner runner, ProgressListener progress, CancelToken cancel) {
        AnalysisSettings a = project.analysis();
        if (a == null) {
            return main;
        }
        double curveRuns = a.trainedBudgets(project.protocol().budget()) * (double) project.strategies().size()
                * project.learners().size();
        double sweepRuns = a.l2Sweep().size() + a.factorSweep().size();
        double split = curveRuns + sweepRuns == 0 ? 1 : curveRuns / (curveRuns + sweepRuns);
        LearningCurveRunner curveRunner = new LearningCurveRunner(runner);
        List<LearningCurve> curves = a.runsLearningCurves()
                ? curveRunner.run(project, data, a.budgets(), main, progress.stage(0, split, "learning curve, "),
                        cancel)
                : List.of();
        SweepRunner sweepRunner = new SweepRunner(runner);
        List<Sweep> sweeps = a.runsSweeps()
                ? sweepRunner.run(project, data, a, progress.stage(split, 1, "sweep, "), cancel)
                : List.of();
        List<String> failed = new ArrayList<>(curveRunner.failedRuns());
        failed.addAll(sweepRunner.failedRuns());
        return main.withAnalyses(curves, sweeps).withNotes(failed);
    }
}
