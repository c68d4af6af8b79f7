package org.recbridge.experiment;

import java.io.Serializable;
import java.util.List;
import org.recbridge.eval.EvaluationSettings;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.TransferStrategy;

/**
 * What every job of one run needs besides its own strategy, learner and seed: the imported data and the
 * settings that make each seed's split. It is sent once to wherever jobs run elsewhere (a Spark broadcast), so it
 * holds values only, no paths or open files: a job there rebuilds its seed's split from it exactly as a local job
 * does.
 */
public record JobBatch(LoadedData data, TaskSettings task, ProtocolSettings protocol, Project.FeatureSettings features,
                       EvaluationSettings evaluation, List<TransferStrategy> strategies,
                       List<LearnerSettings> learners) implements Serializable {
    public JobBatch {
        strategies = List.copyOf(strategies);
        learners = List.copyOf(learners);
    }

    static JobBatch of(Project project, LoadedData data) {
        return new JobBatch(data, project.task(), project.protocol(), project.features(), project.evaluation(),
                project.strategies(), project.learners());
    }
}
