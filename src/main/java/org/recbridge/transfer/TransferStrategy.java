package org.recbridge.transfer;

import java.util.List;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.TaskKind;

/**
 * One way of using the source domain(s) to predict the target. A strategy may pre-train on the sources,
 * build extra features from source models, weight or pool examples, and combine several models: it gets
 * the whole {@link TransferProblem} and the configured learner and returns a {@link TrainedStrategy}.
 * Model selection uses the target validation rows only.
 */
public interface TransferStrategy extends java.io.Serializable {
    /** Stable id used in project files, results and on the command line. */
    String id();

    /**
     * The name in results: the id with default settings, else the id and the settings that differ, e.g.
     * {@code fine-tune(targetEpochs=5)} (see {@link Strategies#create}).
     */
    default String label() {
        return id();
    }

    /** What it does, when it helps, when it hurts: shown by the command line, the GUI and the docs. */
    String description();

    /** The settings a project file may give this strategy; none by default. */
    default List<Setting> settings() {
        return List.of();
    }

    /**
     * This strategy with the given settings (checked, defaults filled in, one value per {@link #settings()}).
     * Called through {@link Strategies#create}; a strategy without settings is its own configuration.
     */
    default TransferStrategy configure(SettingValues values) {
        return this;
    }

    TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context);

    /**
     * The {@link RunCache} keys of the models shared with other strategies that {@link #train} asks the
     * problem's cache for (besides its own result): a runner keeps those models while a job may still ask.
     * None by default.
     */
    default List<String> sharedModels(TransferProblem problem, LearnerSettings learner) {
        return List.of();
    }

    /**
     * Whether it learns from the source at all: a strategy that does not (target-only, popularity) is a baseline,
     * and doing worse than another baseline is not negative transfer.
     */
    default boolean usesSource() {
        return true;
    }

    /**
     * Whether its model knows the target's users by their ids, as target-only's does. One that does not
     * (bias-transfer: a few numbers per user) is simpler than target-only for the users target-only knows by id,
     * so its loss for them is its simplicity, not the source misleading it; only for cold users, of whom
     * target-only knows nothing either, can a loss be put down to the source.
     */
    default boolean knowsTargetUsersById() {
        return true;
    }

    /**
     * Why this strategy cannot run with the learner or task, or null if it can. The runner skips such
     * combinations and says why, rather than failing the whole experiment.
     */
    default String unsupported(LearnerKind learner, TaskKind task) {
        return null;
    }

    /**
     * The heap of a run of this strategy as a multiple of a plain run on the same rows (the runner's estimate,
     * which sizes its parallel runs and refuses a run that cannot fit): 1 unless the strategy's rows are wider.
     */
    default double memoryScale() {
        return 1;
    }

    /**
     * Features this strategy adds to each target row (transferred profiles, factors, source scores), for the
     * runner's memory estimate: 0 unless it adds some.
     */
    default int transferredFeaturesPerRow(TransferProblem problem, LearnerSettings learner) {
        return 0;
    }
}
