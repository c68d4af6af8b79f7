package org.recbridge.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recbridge.synth.SyntheticGenerator;
import org.recbridge.synth.SyntheticRecipe;
import org.recbridge.synth.SyntheticSettings;

/** Writes a synthetic domain pair as CSV files under {@code dir/data} and a project file for it. */
public final class SyntheticProjects {
    /** The folder beside the project file that holds the generated data. */
    public static final String DATA_FOLDER = "data";

    private SyntheticProjects() {
    }

    /** @return the written project file, {@code dir/project.json} */
    public static Path write(SyntheticSettings settings, Path dir, String name) throws IOException {
        return write(SyntheticRecipe.of(settings), dir, name);
    }

    /** The recipe's domains under {@code dir/data} and a project of all its sources; returns the project file. */
    public static Path write(SyntheticRecipe recipe, Path dir, String name) throws IOException {
        SyntheticSettings settings = recipe.settings();
        recipe.write(dir.resolve(DATA_FOLDER));
        ProjectFile project = new ProjectFile();
        project.name = name;
        project.description = String.format("Synthetic %s -> %s: %d users (%.0f%% shared), rho %.2f, "
                        + "%.0f source and %.0f target interactions per user, label noise %.2f, seed %d",
                SyntheticGenerator.SOURCE_NAME, SyntheticGenerator.TARGET_NAME, settings.users(),
                settings.sharedUserFraction() * 100, settings.rho(), settings.sourceInteractionsPerUser(),
                settings.targetInteractionsPerUser(), settings.labelNoise(), settings.seed());
        project.sources = new ArrayList<>(List.of(domain(SyntheticGenerator.SOURCE_NAME, "source", settings)));
        for (SyntheticRecipe.ExtraSource e : recipe.extraSources()) {
            project.sources.add(domain(e.name(), e.name(), settings));
        }
        project.target = domain(SyntheticGenerator.TARGET_NAME, "target", settings);
        ProjectFile.LearnerSpec fm = new ProjectFile.LearnerSpec();
        fm.type = "fm";
        project.learners = List.of(new ProjectFile.LearnerSpec(), fm);
        Path file = dir.resolve(ProjectIO.FILE_NAME);
        // a new project by request (generate refuses a folder with files unless --force): the old one goes to .bak
        ProjectIO.replace(project, file);
        return file;
    }

    private static ProjectFile.DomainSpec domain(String name, String prefix, SyntheticSettings settings) {
        ProjectFile.DomainSpec d = new ProjectFile.DomainSpec();
        d.name = name;
        d.interactions = DATA_FOLDER + "/" + prefix + "-ratings.csv";
        d.users = settings.userFeatures() ? DATA_FOLDER + "/" + prefix + "-users.csv" : null;
        d.items = settings.itemFeatures() ? DATA_FOLDER + "/" + prefix + "-items.csv" : null;
        return d;
    }
}
