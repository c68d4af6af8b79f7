package org.recbridge.analysis;

import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.recbridge.analysis.curves.AnalysisRunner;
import org.recbridge.analysis.curves.AnalysisSettings;
import org.recbridge.analysis.diagnostics.Diagnostics;
import org.recbridge.analysis.diagnostics.DiagnosticsSettings;
import org.recbridge.analysis.diagnostics.DomainDiagnostics;
import org.recbridge.analysis.hints.HintInputs;
import org.recbridge.analysis.hints.Hints;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.ProgressListener;
import org.recbridge.util.Tasks;

/**
 * Everything a project asks for, in one call shared by the command line and the GUI: the main run
 * (strategies x learners x seeds, with comparisons), the analyses of its analysis section, the domain
 * diagnostics, and the hints drawn from them.
 *
 * <p>Progress is one bar: each stage gets a share of [0, 1] in proportion to the models it trains, so the
 * bar neither restarts nor jumps. Importing the data (before this call) takes the first {@link #IMPORT_SHARE}.
 */
public final class FullRun {
    /** The share of a whole run's progress bar that importing the data takes (a guess: import is fast). */
    public static final double IMPORT_SHARE = 0.05;
    /** The diagnostics train one domain classifier and rank features: about as long as this many runs. */
    private static final double DIAGNOSTICS_RUNS = 2;

    private FullRun() {
    }

    /** Import's part of a whole run's progress; pass {@link #afterImport} of the same listener to {@link #run}. */
    public static ProgressListener importing(ProgressListener whole) {
        return whole.stage(0, IMPORT_SHARE, "");
    }

    /** The rest of a whole run's progress, after import. */
    public static ProgressListener afterImport(ProgressListener whole) {
        return whole.stage(IMPORT_SHARE, 1, "");
    }

    /** @param progress receives fractions from 0 to 1 over all stages, never going back */
    public static ExperimentResults run(Project project, LoadedData data, ExperimentRunner runner,
                                        ProgressListener progress, CancelToken cancel) {
        return run(project, data, runner, progress, cancel, outcome -> { });
    }

    /**
     * As {@link #run(Project, LoadedData, ExperimentRunner, ProgressListener, CancelToken)}, handing each finished
     * run of the project's strategies (not of the analyses) with its models to {@code keep}, for export.
     */
    public static ExperimentResults run(Project project, LoadedData data, ExperimentRunner runner,
                                        ProgressListener progress, CancelToken cancel,
                                        Consumer<ExperimentRunner.Outcome> keep) {
        ProgressListener bar = progress.monotone();
        double seeds = project.seeds().size();
        double main = project.strategies().size() * project.learners().size() * seeds;
        AnalysisSettings a = project.analysis();
        double analysis = a == null ? 0 : (a.trainedBudgets(project.protocol().budget()) * project.strategies().size()
                * project.learners().size()
                + a.l2Sweep().size() + a.factorSweep().size()) * seeds;
        double total = main + analysis + DIAGNOSTICS_RUNS;
        double mainEnd = main / total;
        double analysisEnd = (main + analysis) / total;
        // With threads to spare the diagnostics go beside the runs: they need only the data, and a core is idle
        // whenever fewer jobs than threads remain (the MovieLens genre split ran 4.3 s rather than 3.4 s in line).
        CancelToken diagnosticsCancel = cancel.child();
        FutureTask<DomainDiagnostics> beside = new FutureTask<>(() -> Diagnostics.compute(data, project.task(),
                DiagnosticsSettings.defaults(), diagnosticsCancel));
        if (runner.threads() > 1) {
            Thread t = new Thread(beside, "recbridge-diagnostics");
            t.setDaemon(true);
            t.start();
        }
        ExperimentResults results;
        try {
            results = runner.run(project, data, bar.stage(0, mainEnd, ""), cancel, keep);
            results = AnalysisRunner.run(project, data, results, runner, bar.stage(mainEnd, analysisEnd, ""), cancel);
        } catch (RuntimeException | Error e) {
            diagnosticsCancel.cancel();
            throw e;
        }
        bar.progress(analysisEnd, "domain diagnostics");
        DomainDiagnostics diagnostics = awaitDiagnostics(beside, cancel);
        bar.progress(1, "done");
        return results.withInsights(diagnostics, Hints.advise(new HintInputs(results, diagnostics)));
    }

    /** The diagnostics' result, computing them here if no thread was started for them; their failure is ours. */
    private static DomainDiagnostics awaitDiagnostics(FutureTask<DomainDiagnostics> diagnostics, CancelToken cancel) {
        diagnostics.run(); // does nothing if a thread has run it or is running it
        try {
            return Tasks.result(diagnostics);
        } catch (CancelledException e) {
            cancel.cancel(); // an interrupted wait stops the whole run
            throw e;
        }
    }
}
