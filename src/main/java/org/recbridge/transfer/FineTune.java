package org.recbridge.transfer;

import java.util.List;
import org.recbridge.features.RowSet;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.learn.WarmStart;

/**
 * Pre-train on the source, then continue SGD on the target from the source parameters. The source stage is
 * {@link SourceStage}: the learner's settings, stopped early on held-out source rows (the target's rows choose
 * only the target stage's epoch); the target stage uses the learner's settings too unless
 * {@code targetEpochs} or {@code targetLearningRate} are given, and stops early on target validation. With
 * several sources, the first is used.
 */
public final class FineTune implements TransferStrategy {
    private final TargetStage stage;

    public FineTune() {
        this(TargetStage.LEARNERS);
    }

    FineTune(TargetStage stage) {
        this.stage = stage;
    }

    @Override
    public String id() {
        return "fine-tune";
    }

    @Override
    public String description() {
        return "Pre-trains on the source, then keeps training on the target's rows starting from the source "
                + "model: weights of shared user ids, side features, the bias and FM factors are copied by name, "
                + "target-only items start fresh. Both stages use the learner's epochs, learning rate and L2 unless "
                + "targetEpochs or targetLearningRate are set; the source stage stops early on a tenth of the source "
                + "rows held out, the target stage keeps the epoch best on target validation, or the source model if "
                + "none beats it. "
                + "Helps when tastes carry over and target labels are few (users seen only in the source keep "
                + "their source weights); hurts when the domains disagree, since the source is then a bad start.";
    }

    @Override
    public List<Setting> settings() {
        return TargetStage.SETTINGS;
    }

    @Override
    public TransferStrategy configure(SettingValues values) {
        return new FineTune(TargetStage.of(values, null));
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        return warmStarted(problem, learner, stage, context, false);
    }

    @Override
    public List<String> sharedModels(TransferProblem problem, LearnerSettings learner) {
        return sourceStage(learner);
    }

    /** The cache key of {@link #warmStarted}'s source stage. */
    static List<String> sourceStage(LearnerSettings learner) {
        return List.of(SourceStage.key(learner));
    }

    /**
     * Source stage with the learner's settings, then the target stage from its parameters with the learner's
     * settings as {@code stage} changes them; shared with {@link RegularizedTransfer}.
     */
    static TrainedStrategy warmStarted(TransferProblem problem, SgdLearner learner, TargetStage stage,
                                       RunContext context, boolean pullTowardsSource) {
        RunContext sourceStage = new RunContext(context.seed(), context.cancel(),
                context.progress().stage(0, 0.5, "source: "));
        FittedModel source = SourceStage.model(problem, learner, sourceStage);
        DomainFeaturizer target = problem.targetFeaturizer();
        WarmStart start = pullTowardsSource ? WarmStart.pulledTowards(source) : WarmStart.from(source);
        FittedModel tuned = learner.withSettings(stage.apply(learner.settings())).fitRows(
                List.of(new RowSet(target, problem.split().train())),
                target.encodeAll(problem.split().validation()), context.seed(), context.cancel(),
                context.progress().stage(0.5, 1, "target: "), start);
        return TrainedStrategy.of(List.of(source, tuned), target);
    }
}
