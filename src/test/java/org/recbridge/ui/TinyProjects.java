package org.recbridge.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.StrategySpec;
import org.recbridge.experiment.SyntheticProjects;
import org.recbridge.synth.SyntheticSettings;

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

    /** Two strategies (the baseline and pooled), the linear learner, two seeds: the least that has comparisons. */
    public static void shrink(ProjectFile p) {
        p.strategies = new ArrayList<>(List.of(StrategySpec.of("target-only"), StrategySpec.of("pooled")));
        p.learners = new ArrayList<>(List.of(new ProjectFile.LearnerSpec()));
        p.seeds = new ArrayList<>(List.of(1L, 2L));
    }
}
