package org.recbridge.transfer;

import java.util.List;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.TaskKind;

/**
 * A strategy given settings other than its defaults, under a label such as {@code fine-tune(targetEpochs=5)}
 * so that two configurations of one strategy can run side by side. Wrapping keeps the label out of every
 * strategy class.
 */
record ConfiguredStrategy(String label, TransferStrategy strategy) implements TransferStrategy {
    @Override
    public String id() {
        return strategy.id();
    }

    @Override
    public String description() {
        return strategy.description();
    }

    @Override
    public List<Setting> settings() {
        return strategy.settings();
    }

    @Override
    public TransferStrategy configure(SettingValues values) {
        return strategy.configure(values);
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        return strategy.train(problem, learner, context);
    }

    @Override
    public List<String> sharedModels(TransferProblem problem, LearnerSettings learner) {
        return strategy.sharedModels(problem, learner);
    }

    @Override
    public double memoryScale() {
        return strategy.memoryScale();
    }

    @Override
    public int transferredFeaturesPerRow(TransferProblem problem, LearnerSettings learner) {
        return strategy.transferredFeaturesPerRow(problem, learner);
    }

    @Override
    public String unsupported(LearnerKind learner, TaskKind task) {
        return strategy.unsupported(learner, task);
    }
}
