package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;

/**
 * Fine-tuning whose L2 penalty is (L2 / 2) * ||w - w_source||^2 instead of (L2 / 2) * ||w||^2: by default the
 * learner's L2 setting is the strength of the pull towards the source (so the existing L2 sweeps sweep it);
 * the {@code lambda} setting sets the pull alone, leaving the source stage's L2 as the learner's. Features the
 * source lacks are pulled towards zero as usual.
 */
public final class RegularizedTransfer implements TransferStrategy {
    private static final List<Setting> SETTINGS = withLambda();

    private final TargetStage stage;

    public RegularizedTransfer() {
        this(TargetStage.LEARNERS);
    }

    RegularizedTransfer(TargetStage stage) {
        this.stage = stage;
    }

    private static List<Setting> withLambda() {
        List<Setting> s = new ArrayList<>(TargetStage.SETTINGS);
        s.add(Setting.number("lambda", null, true, "Strength of the target stage's pull towards the source "
                + "weights (0: plain fine-tuning).").fromLearner("the learner's l2"));
        return List.copyOf(s);
    }
    @Override
    public String id() {
        return "regularized-transfer";
    }

    @Override
    public String description() {
        return "Like fine-tune, but the learner's L2 (or the lambda setting) pulls weights back towards the source model's instead of "
                + "towards zero, so the target model moves away from the source only where the target's labels "
                + "insist. Helps when the domains are related but not identical and target labels are few; with "
                + "L2 0 it is plain fine-tuning, with a huge L2 it stays the source model (only the bias moves). "
                + "Hurts when the domains disagree: it then holds on to the wrong tastes (lower the L2).";
    }

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    public TransferStrategy configure(SettingValues values) {
        return new RegularizedTransfer(TargetStage.of(values, values.number("lambda")));
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        return FineTune.warmStarted(problem, learner, stage, context, true);
    }

    @Override
    public List<String> sharedModels(TransferProblem problem, LearnerSettings learner) {
        return FineTune.sourceStage(learner);
    }
}
