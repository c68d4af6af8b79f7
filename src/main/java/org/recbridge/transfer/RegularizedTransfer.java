package org.recbridge.transfer;

import org.recbridge.learn.SgdLearner;

/**
 * Fine-tuning whose L2 penalty is (L2 / 2) * ||w - w_source||^2 instead of (L2 / 2) * ||w||^2: the
 * learner's L2 setting becomes the strength of the pull towards the source (no extra setting, so the
 * existing L2 sweeps sweep it). Features the source lacks are pulled towards zero as usual.
 */
public final class RegularizedTransfer implements TransferStrategy {
    @Override
    public String id() {
        return "regularized-transfer";
    }

    @Override
    public String description() {
        return "Like fine-tune, but the learner's L2 pulls weights back towards the source model's instead of "
                + "towards zero, so the target model moves away from the source only where the target's labels "
                + "insist. Helps when the domains are related but not identical and target labels are few; with "
                + "L2 0 it is plain fine-tuning, with a huge L2 it stays the source model (only the bias moves). "
                + "Hurts when the domains disagree: it then holds on to the wrong tastes (lower the L2).";
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        return FineTune.warmStarted(problem, learner, context, true);
    }
}
