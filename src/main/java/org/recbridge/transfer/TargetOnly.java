package org.recbridge.transfer;

import java.util.List;
import org.recbridge.features.RowSet;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.SgdLearner;

/** The no-transfer baseline: the target's own training rows only. */
public final class TargetOnly implements TransferStrategy {
    @Override
    public String id() {
        return "target-only";
    }

    @Override
    public String description() {
        return "Trains on the target's own labels only, ignoring the source. The baseline every transfer "
                + "strategy must beat; strong when the target has plenty of labels, helpless for cold-start users.";
    }

    @Override
    public boolean usesSource() {
        return false;
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        var f = problem.targetOwnFeaturizer();
        FittedModel model = learner.fitRows(List.of(new RowSet(f, problem.split().train())),
                f.encodeAll(problem.split().validation()), context.seed(), context.cancel(), context.progress());
        return TrainedStrategy.of(model, f);
    }
}
