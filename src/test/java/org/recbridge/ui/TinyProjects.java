package org.recbridge.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.StrategySpec;
import org.recbridge.experiment.SyntheticProjects;
import org.recbridge.export.SplitExporter;
import org.recbridge.export.model.ExportContext;
import org.recbridge.export.model.ModelExporter;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** A synthetic project small enough to run in a few seconds: 300 users, two strategies, linear, two seeds. */
public final class TinyProjects {
    private TinyProjects() {
    }

    /** Writes it under {@code dir} (data in dir/data) and returns its project.json. */
    public static Path write(Path dir) throws Exception {
        Path file = SyntheticProjects.write(SyntheticSettings.defaults().withUsers(300), dir, "Tiny transfer");
        ProjectFile p = ProjectIO.parse(file);
        shrink(p);
        ProjectIO.write(p, file);
        return file;
    }

    /**
     * The tiny project run on seed 1 with its pooled model exported, as {@code run --export-models
     * --export-splits} would leave them.
     *
     * @param model    the model directory
     * @param testRows the seed's test rows as the run evaluated them (user, item, rating, ...)
     */
    public record ExportedRun(Path model, Path testRows, ExperimentResults results) {
    }

    public static ExportedRun exportPooled(Path dir) throws Exception {
        Project project = ProjectIO.read(write(dir.resolve("project"))).withSeeds(List.of(1L));
        LoadedData data = DataLoader.load(project, ProgressListener.none(), new CancelToken());
        List<ExperimentRunner.Outcome> outcomes = new ArrayList<>();
        ExperimentResults results = new ExperimentRunner(1).run(project, data, ProgressListener.none(),
                new CancelToken(), outcomes::add);
        ExperimentRunner.Outcome pooled = outcomes.stream().filter(o -> o.info().strategy().equals("pooled"))
                .findFirst().orElseThrow();
        Path model = ModelExporter.export(pooled, ExportContext.of(project, data), dir.resolve("models"));
        SplitExporter.write(project, data, dir.resolve("splits"), new CancelToken());
        return new ExportedRun(model, dir.resolve("splits/seed-1/target.test.csv"), results);
    }

    /** Two strategies (the baseline and pooled), the linear learner, two seeds: the least that has comparisons. */
    public static void shrink(ProjectFile p) {
        p.strategies = new ArrayList<>(List.of(StrategySpec.of("target-only"), StrategySpec.of("pooled")));
        p.learners = new ArrayList<>(List.of(new ProjectFile.LearnerSpec()));
        p.seeds = new ArrayList<>(List.of(1L, 2L));
    }
}
