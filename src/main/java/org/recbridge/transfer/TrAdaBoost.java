package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.features.EncodedRow;
import org.recbridge.features.RowSet;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.TaskKind;
import org.recbridge.util.ProgressListener;

/**
 * TrAdaBoost (Dai, Yang, Xue and Yu, "Boosting for transfer learning", 2007). Each round trains the learner
 * on the pooled rows with the current {@link BoostWeights}, then lowers the weight of the source rows it
 * gets wrong and raises that of the target rows it gets wrong. The predictor is the models of the later half
 * of the rounds (rounds ceil(N/2)..N, as in the paper), P(like) being their mean probability weighted by
 * ln(1/beta_t). Thresholded at 1/2 that is the paper's vote with soft hypotheses, and it gives the
 * probabilities AUC and ranking need.
 */
public final class TrAdaBoost implements TransferStrategy {
    /** Few rounds: each is a full pooled training, and the later half is what predicts. */
    public static final int DEFAULT_ROUNDS = 5;

    /** An upper bound on rounds: each is a full training, so more is almost surely a typo. */
    private static final List<Setting> SETTINGS = List.of(Setting.integer("rounds", DEFAULT_ROUNDS, 1, 100,
            "Boosting rounds, each a full pooled training; the later half predicts."));

    private final int rounds;

    public TrAdaBoost() {
        this(DEFAULT_ROUNDS);
    }

    public TrAdaBoost(int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("tradaboost: rounds must be at least 1, got " + rounds);
        }
        this.rounds = rounds;
    }

    @Override
    public String id() {
        return "tradaboost";
    }

    @Override
    public String description() {
        return "Boosting over pooled source and target rows for " + rounds + " rounds (TrAdaBoost): source rows the "
                + "current model gets wrong lose weight, target rows it gets wrong gain weight, and the later "
                + "rounds' models vote. Helps when some source rows contradict the target and others agree: the "
                + "contradicting ones fade out. Costs " + rounds + " trainings; hurts when the target training "
                + "rows are too few or noisy to judge the source by. Like/dislike labels only (classification "
                + "or implicit task).";
    }

    @Override
    public String unsupported(LearnerKind learner, TaskKind task) {
        return task.isRegression() ? "the tradaboost strategy needs like/dislike labels; it does not support the "
                + task.id() + " task (use classification or implicit)" : null;
    }

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    public TransferStrategy configure(SettingValues values) {
        return new TrAdaBoost(values.integer("rounds"));
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        String why = unsupported(learner.settings().kind(), problem.task().kind());
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        var target = problem.targetFeaturizer();
        // the sources' rows, then the target's, encoded as each round reads them: not held encoded throughout
        List<RowSet> rows = new ArrayList<>();
        for (SourceData source : problem.sources()) {
            rows.add(new RowSet(source.featurizer(), source.rows()));
        }
        int nSource = RowSet.size(rows);
        rows.add(new RowSet(target, problem.split().train()));
        List<EncodedRow> validation = target.encodeAll(problem.split().validation());
        BoostWeights weights = new BoostWeights(nSource, RowSet.size(rows) - nSource, rounds);
        int firstVoting = (rounds + 1) / 2 - 1;
        List<FittedModel> models = new ArrayList<>();
        List<Double> votes = new ArrayList<>();
        for (int t = 0; t < rounds; t++) {
            int round = t;
            ProgressListener progress = (f, m) -> context.progress().progress((round + f) / rounds,
                    "round " + (round + 1) + "/" + rounds + ": " + m);
            RunContext roundContext = new RunContext(context.seed() + t, context.cancel(), progress);
            Round r = round(rows, weights, learner, validation, roundContext);
            if (t >= firstVoting) {
                models.add(r.model());
                votes.add(Math.log(1 / r.beta()));
            }
        }
        Predictor predictor = new WeightedModels(models, votes, target);
        // the voting rounds' weights, so results show how much each later round counted
        java.util.Map<String, Double> details = new java.util.LinkedHashMap<>();
        for (int i = 0; i < votes.size(); i++) {
            details.put("vote round " + (firstVoting + i + 1), votes.get(i));
        }
        return new TrainedStrategy(predictor, models, target, details);
    }

    record Round(FittedModel model, double beta) {
    }

    /** One boosting round: fit on the weighted rows, then update the weights from the model's soft errors. */
    static Round round(List<RowSet> rows, BoostWeights weights, SgdLearner learner, List<EncodedRow> validation,
                       RunContext context) {
        FittedModel model = learner.fitRows(weights.weighted(rows), validation, context.seed(), context.cancel(),
                context.progress());
        double[] errors = new double[RowSet.size(rows)];
        int at = 0;
        for (RowSet set : rows) {
            double[] p = model.predict(set, context.cancel());
            for (int i = 0; i < p.length; i++) {
                errors[at + i] = Math.abs(p[i] - set.rows().get(i).label());
            }
            at += p.length;
        }
        return new Round(model, weights.update(errors));
    }
}
