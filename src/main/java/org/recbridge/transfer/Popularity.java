package org.recbridge.transfer;

import java.util.List;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.features.RowSet;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.SgdLearner;

/** The field's floor: how good an item is, from the target's training rows, and nothing about the user. */
public final class Popularity implements TransferStrategy {
    @Override
    public String id() {
        return "popularity";
    }

    @Override
    public String description() {
        return "Scores a pair by the item's quality alone: its shrunk mean rating, like rate, number of ratings and "
                + "bias in the target's training rows (number of interactions for implicit data), nothing about the "
                + "user. The floor every strategy should clear: the part of a strategy's gain over target-only that "
                + "popularity also has is item quality, not transfer. Strong on sparse data with a few good items; "
                + "it recommends the same items to everyone.";
    }

    @Override
    public boolean usesSource() {
        return false;
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        DomainFeaturizer f = DomainFeaturizer.itemQuality(Baselines.target(problem));
        FittedModel model = learner.fitRows(List.of(new RowSet(f, problem.split().train())),
                f.encodeAll(problem.split().validation()), context.seed(), context.cancel(), context.progress());
        return TrainedStrategy.of(model, f);
    }
}
