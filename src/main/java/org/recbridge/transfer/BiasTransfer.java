package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.recbridge.features.BaselineFeatures;
import org.recbridge.features.CompositeFeaturizer;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.features.Featurizer;
import org.recbridge.features.RowSet;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.Row;
import org.recbridge.transfer.features.SourceBiasFeaturizer;

/**
 * The simplest transfer: the item's quality and the user's bias in the target plus the user's bias in each source,
 * nothing else. A user without target rows (cold start) has no target bias and the flag {@code base.user_new}; so
 * that the model learns what to do then, half the training users train as if they were new (the cold-start
 * simulation of Volkovs et al., DropoutNet, NeurIPS 2017).
 */
public final class BiasTransfer implements TransferStrategy {
    /** The share of training users whose rows train as a new user's would, without their target bias. */
    static final double AS_IF_NEW = 0.5;

    @Override
    public String id() {
        return "bias-transfer";
    }

    @Override
    public String description() {
        return "Scores a pair by the item's quality in the target (as popularity does) plus the user's bias in the "
                + "target and in each source: how much more than expected they rate and like there, once the items "
                + "they chose are accounted for. A few numbers per user, so it hardly overfits, and a cold-start "
                + "user still has their source bias: strong when leniency carries over. It knows nothing of a "
                + "user's taste for particular items; a strategy that does should beat it.";
    }

    @Override
    public boolean knowsTargetUsersById() {
        return false;
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        BaselineFeatures target = Baselines.target(problem);
        List<Featurizer> biases = new ArrayList<>();
        for (int i = 0; i < problem.sources().size(); i++) {
            biases.add(new SourceBiasFeaturizer(Augmented.prefix(i), Baselines.source(problem, i)));
        }
        Featurizer scoring = CompositeFeaturizer.of(DomainFeaturizer.baselineOnly(target), biases);
        // every training row has its user's target bias, every cold-start user lacks it: without rows that lack it,
        // the model would learn to trust the target bias and leave the source bias nearly unused
        Set<String> asIfNew = usersAsIfNew(problem.split().train(), context.seed());
        Featurizer asNew = CompositeFeaturizer.of(DomainFeaturizer.itemQuality(target), biases);
        Featurizer training = (row, sink) -> {
            if (asIfNew.contains(row.user())) {
                asNew.addFeatures(row, sink);
                sink.flag(BaselineFeatures.USER_NEW);
            } else {
                scoring.addFeatures(row, sink);
            }
        };
        FittedModel model = learner.fitRows(List.of(new RowSet(training, problem.split().train())),
                scoring.encodeAll(problem.split().validation()), context.seed(), context.cancel(), context.progress());
        return TrainedStrategy.of(model, scoring);
    }

    /** A seeded share ({@value #AS_IF_NEW}) of the training rows' users, sorted first so the draw does not hang on order. */
    static Set<String> usersAsIfNew(List<Row> train, long seed) {
        List<String> users = new ArrayList<>(new TreeSet<>(train.stream().map(Row::user).toList()));
        Collections.shuffle(users, new Random(seed * 7919 + 17));
        return Set.copyOf(users.subList(0, (int) Math.round(users.size() * AS_IF_NEW)));
    }
}
