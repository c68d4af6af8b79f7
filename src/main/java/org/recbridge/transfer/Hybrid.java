package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;

/** Feature transfer and model transfer together: profiles, user factors and the source score as features. */
public final class Hybrid implements TransferStrategy {
    @Override
    public String id() {
        return "hybrid";
    }

    @Override
    public String description() {
        return "Combines feature transfer and model transfer: the target model gets the users' source profiles "
                + "and factors and the source model's score. Helps when both carry information the other misses "
                + "(the score sums the source evidence; the profiles keep per-category detail); with few target "
                + "labels the extra, partly redundant features can overfit, so compare it with both parts.";
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        return Augmented.train(problem, learner, context, FeatureTransfer::builders, ModelTransfer::builders);
    }

    @Override
    public int transferredFeaturesPerRow(TransferProblem problem, LearnerSettings learner) {
        return new FeatureTransfer().transferredFeaturesPerRow(problem, learner)
                + new ModelTransfer().transferredFeaturesPerRow(problem, learner);
    }

    @Override
    public List<String> sharedModels(TransferProblem problem, LearnerSettings learner) {
        List<String> keys = new ArrayList<>(new FeatureTransfer().sharedModels(problem, learner));
        keys.addAll(new ModelTransfer().sharedModels(problem, learner));
        return keys;
    }
}
