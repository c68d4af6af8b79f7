package org.recbridge.transfer;

import java.util.List;
import org.recbridge.features.RowSet;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.SgdLearner;

/** Trains on the source alone and applies the model to the target through shared users and features. */
public final class SourceOnly implements TransferStrategy {
    @Override
    public String id() {
        return "source-only";
    }

    @Override
    public String description() {
        return "Trains on the source domain only and scores target pairs through what both share (user ids, "
                + "side features). Shows how far the source alone carries; poor when tastes differ between domains.";
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        SourceData source = problem.source();
        var target = problem.targetFeaturizer();
        FittedModel model = learner.fitRows(List.of(new RowSet(source.featurizer(), source.rows())),
                target.encodeAll(problem.split().validation()), context.seed(), context.cancel(), context.progress());
        return TrainedStrategy.of(model, target);
    }
}
