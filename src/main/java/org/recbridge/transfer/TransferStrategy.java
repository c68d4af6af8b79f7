package org.recbridge.transfer;

import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.TaskKind;

/**
 * One way of using the source domain(s) to predict the target. A strategy may pre-train on the sources,
 * build extra features from source models, weight or pool examples, and combine several models: it gets
 * the whole {@link TransferProblem} and the configured learner and returns a {@link TrainedStrategy}.
 * Model selection uses the target validation rows only.
 */
public interface TransferStrategy {
    /** Stable id used in project files, results and on the command line. */
    String id();

    /** What it does, when it helps, when it hurts: shown by the command line, the GUI and the docs. */
    String description();

    TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context);

    /**
     * Why this strategy cannot run with the learner or task, or null if it can. The runner skips such
     * combinations and says why, rather than failing the whole experiment.
     */
    default String unsupported(LearnerKind learner, TaskKind task) {
        return null;
    }
}
