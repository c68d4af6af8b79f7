package org.recbridge.transfer;

import java.util.List;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.SgdLearner;
import org.recbridge.learn.WarmStart;

/**
 * Pre-train on the source, then continue SGD on the target from the source parameters. Both stages use the
 * same learner settings (epochs, learning rate, L2): the source stage is exactly {@link SourceOnly} (its
 * epochs chosen on target validation, which keeps model selection on the target as everywhere else), the
 * target stage stops early on target validation too. With several sources, the first is used.
 */
public final class FineTune implements TransferStrategy {
    @Override
    public String id() {
        return "fine-tune";
    }

    @Override
    public String description() {
        return "Pre-trains on the source, then keeps training on the target's rows starting from the source "
                + "model: weights of shared user ids, side features, the bias and FM factors are copied by name, "
                + "target-only items start fresh. Both stages use the learner's epochs, learning rate and L2; the "
                + "target stage keeps the epoch best on target validation, or the source model if none beats it. "
                + "Helps when tastes carry over and target labels are few (users seen only in the source keep "
                + "their source weights); hurts when the domains disagree, since the source is then a bad start.";
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        return warmStarted(problem, learner, context, false);
    }

    /** Source stage, then the target stage from its parameters; shared with {@link RegularizedTransfer}. */
    static TrainedStrategy warmStarted(TransferProblem problem, SgdLearner learner, RunContext context,
                                       boolean pullTowardsSource) {
        RunContext sourceStage = new RunContext(context.seed(), context.cancel(),
                context.progress().stage(0, 0.5, "source: "));
        FittedModel source = new SourceOnly().train(problem, learner, sourceStage).finalModel();
        DomainFeaturizer target = problem.targetFeaturizer();
        WarmStart start = pullTowardsSource ? WarmStart.pulledTowards(source) : WarmStart.from(source);
        FittedModel tuned = learner.fit(target.encodeAll(problem.split().train()),
                target.encodeAll(problem.split().validation()), context.seed(), context.cancel(),
                context.progress().stage(0.5, 1, "target: "), start);
        return TrainedStrategy.of(List.of(source, tuned), target);
    }
}
