package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.features.RowSet;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.SgdLearner;

/** One model on source and target training rows together. */
public final class Pooled implements TransferStrategy {
    @Override
    public String id() {
        return "pooled";
    }

    @Override
    public String description() {
        return "Trains one model on the source and target rows together, in one feature space. Helps when the "
                + "domains agree and the target is sparse (cold-start users borrow their source history); "
                + "hurts when the source's tastes differ, since its many rows drown the target's.";
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        var target = problem.targetFeaturizer();
        List<RowSet> rows = new ArrayList<>();
        rows.add(new RowSet(target, problem.split().train()));
        for (SourceData source : problem.sources()) {
            rows.add(new RowSet(source.featurizer(), source.rows()));
        }
        FittedModel model = learner.fitRows(rows, target.encodeAll(problem.split().validation()), context.seed(),
                context.cancel(), context.progress());
        return TrainedStrategy.of(model, target);
    }
}
