package org.recbridge.analysis;

import org.recbridge.analysis.curves.AnalysisRunner;
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
import org.recbridge.util.ProgressListener;

/**
 * Everything a project asks for, in one call shared by the command line and the GUI: the main run
 * (strategies x learners x seeds, with comparisons), the analyses of its analysis section, the domain
 * diagnostics, and the hints drawn from them.
 */
public final class FullRun {
    private FullRun() {
    }

    public static ExperimentResults run(Project project, LoadedData data, ExperimentRunner runner,
                                        ProgressListener progress, CancelToken cancel) {
        ExperimentResults results = runner.run(project, data, progress, cancel);
        results = AnalysisRunner.run(project, data, results, runner, progress, cancel);
        progress.progress(1.0, "domain diagnostics");
        DomainDiagnostics diagnostics = Diagnostics.compute(data, project.task(), DiagnosticsSettings.defaults(), cancel);
        return results.withInsights(diagnostics, Hints.advise(new HintInputs(results, diagnostics)));
    }
}
