package org.recbridge.ui.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.recbridge.analysis.FullRun;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.ui.TinyProjects;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Real results with every analysis in them, from the engine on tiny synthetic data (300 users, linear, two
 * strategies, two seeds, two budgets, a two-value L2 sweep): a few seconds, computed once per test class.
 */
final class AnalysisFixture {
    private AnalysisFixture() {
    }

    /** Writes the project under {@code dir} and returns it with its results. */
    static Ran run(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path file = TinyProjects.write(dir);
        ProjectFile p = ProjectIO.parse(file);
        p.analysis = new ProjectFile.AnalysisSpec();
        p.analysis.budgets = List.of(0.25, 1.0);
        p.analysis.l2Sweep = List.of(0.1, 0.0);
        ProjectIO.write(p, file);
        Project project = ProjectIO.read(file);
        CancelToken cancel = new CancelToken();
        ExperimentResults results = FullRun.run(project, DataLoader.load(project, ProgressListener.none(), cancel),
                new ExperimentRunner(2), ProgressListener.none(), cancel);
        return new Ran(file, p, results);
    }

    record Ran(Path file, ProjectFile project, ExperimentResults results) {
    }
}
