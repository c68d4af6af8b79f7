package org.recbridge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.recbridge.data.DataFormatException;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.ProjectValidator;
import org.recbridge.experiment.StrategySpec;
import org.recbridge.experiment.SyntheticProjects;
import org.recbridge.synth.SyntheticRecipe;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * One "what if" of the playground: a small synthetic pair made with the given settings and two strategies run on
 * it, as a project written to a scratch folder and run by the same path as {@code run} and the Run screen (read,
 * validate, import, {@link FullRun}), so the playground shows what a real run of such data would.
 */
public final class WhatIf {
    /** A pair small enough for an update in seconds on two cores, large enough for a cold-start group. */
    public static final int USERS = 800;
    public static final int SOURCE_ITEMS = 300;
    public static final int TARGET_ITEMS = 200;
    public static final double SOURCE_PER_USER = 20;
    /** Three seeds: the fewest the comparisons state an interval and a verdict for. */
    public static final List<Long> SEEDS = List.of(1L, 2L, 3L);

    private WhatIf() {
    }

    /**
     * The settings of the playground's pair for the four sliders; the rest is fixed (one generator seed, so a
     * slider moved back gives the same data again).
     */
    public static SyntheticSettings settings(double rho, double sharedUsers, double targetPerUser, double labelNoise) {
        return SyntheticSettings.defaults().withUsers(USERS).withSourceItems(SOURCE_ITEMS)
                .withTargetItems(TARGET_ITEMS).withSourceInteractionsPerUser(SOURCE_PER_USER).withRho(rho)
                .withSharedUserFraction(sharedUsers).withTargetInteractionsPerUser(targetPerUser)
                .withLabelNoise(labelNoise);
    }

    /**
     * Makes the pair in a scratch folder (removed afterwards) and runs {@code strategies} with the linear learner,
     * the first the baseline the others are compared with.
     */
    public static ExperimentResults run(SyntheticSettings settings, List<String> strategies, ProgressListener progress,
                                        CancelToken cancel)
            throws IOException, ProjectException, DataFormatException {
        return withPair(SyntheticRecipe.of(settings), "What if", p -> {
            p.learners = new ArrayList<>(List.of(new ProjectFile.LearnerSpec()));
            p.strategies = new ArrayList<>(strategies.stream().map(StrategySpec::of).toList());
            p.seeds = new ArrayList<>(SEEDS);
            p.evaluation.baseline = strategies.get(0); // the first is what the second is compared with
        }, (project, data) -> FullRun.run(project, data, ExperimentRunner.withAllCores(),
                FullRun.afterImport(progress), cancel), progress, cancel);
    }

    /** What is done with a small pair once it is imported. */
    public interface PairJob<T> {
        T apply(Project project, LoadedData data) throws IOException, DataFormatException;
    }

    /**
     * Makes {@code recipe}'s pair in a scratch folder (removed afterwards) with a project for it, lets
     * {@code setUp} choose the project's settings, imports the data and hands it to {@code job}: the same path as
     * {@code run} and the Run screen (read, validate, import).
     */
    public static <T> T withPair(SyntheticRecipe recipe, String name, Consumer<ProjectFile> setUp, PairJob<T> job,
                                 ProgressListener progress, CancelToken cancel)
            throws IOException, ProjectException, DataFormatException {
        Path dir = Files.createTempDirectory("recbridge-what-if");
        try {
            progress.progress(0, "making the data");
            Path file = SyntheticProjects.write(recipe, dir, name);
            ProjectFile p = ProjectIO.parse(file);
            setUp.accept(p);
            Project project = ProjectValidator.validate(file, p);
            cancel.check();
            LoadedData data = DataLoader.load(project, FullRun.importing(progress), cancel);
            return job.apply(project, data);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a scratch folder left in the temporary directory is harmless
        }
    }
}
