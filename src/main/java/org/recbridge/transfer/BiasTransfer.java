package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.features.CompositeFeaturizer;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.features.Featurizer;
import org.recbridge.features.RowSet;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.SgdLearner;
import org.recbridge.transfer.features.SourceBiasFeaturizer;

/** The simplest transfer: the item's quality in the target plus the user's bias in each source, nothing else. */
public final class BiasTransfer implements TransferStrategy {
    @Override
    public String id() {
        return "bias-transfer";
    }

    @Override
    public String description() {
        return "Scores a pair by the item's quality in the target (as popularity does) plus the user's bias in each "
                + "source: how much more than expected they rate and like there, once the items they chose are "
                + "accounted for. Two numbers per user, so it cannot overfit and needs no target labels of the "
                + "user: strong for cold-start users whose leniency carries over. It knows nothing of a user's "
                + "taste for particular items; a strategy that does should beat it.";
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        List<Featurizer> biases = new ArrayList<>();
        for (int i = 0; i < problem.sources().size(); i++) {
            biases.add(new SourceBiasFeaturizer(Augmented.prefix(i), Baselines.source(problem, i)));
        }
        Featurizer f = CompositeFeaturizer.of(DomainFeaturizer.itemQuality(Baselines.target(problem)), biases);
        FittedModel model = learner.fitRows(List.of(new RowSet(f, problem.split().train())),
                f.encodeAll(problem.split().validation()), context.seed(), context.cancel(), context.progress());
        return TrainedStrategy.of(model, f);
    }
}
