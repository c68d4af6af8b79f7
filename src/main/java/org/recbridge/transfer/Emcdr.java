package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.recbridge.features.RowSet;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.classification.Label;

/**
 * EMCDR (Man et al. 2017, "Cross-domain recommendation: an embedding and mapping approach"): factor models
 * on each domain, a map from a user's source factors to target factors learnt on shared users (the paper's
 * linear map, here ridge, or its MLP map), and the mapped factors standing in for the missing target factors
 * of cold-start users.
 */
public final class Emcdr implements TransferStrategy {

    public static final double DEFAULT_LAMBDA = 1.0;

    /** Hidden units of the MLP map: 0 is the linear (ridge) map. */
    public static final int DEFAULT_HIDDEN = 0;
    static final int MAX_HIDDEN = 1024;

    private static final List<Setting> SETTINGS = List.of(Setting.number("lambda", DEFAULT_LAMBDA, false,
            "Ridge penalty of the linear source-to-target user factor map (hidden 0)."),
            Setting.integer("hidden", DEFAULT_HIDDEN, 0, MAX_HIDDEN, "0 maps user factors linearly (ridge); N > 0 "
                    + "maps them with the paper's MLP, one tanh hidden layer of N units, trained by gradient descent "
                    + "and stopped early on a fifth of the shared users held out."));

    private final double lambda;
    private final int hidden;

    public Emcdr() {
        this(DEFAULT_LAMBDA, DEFAULT_HIDDEN);
    }

    /**
     * @param lambda ridge penalty of the linear map
     * @param hidden hidden units of the MLP map; 0 for the linear map
     */
    public Emcdr(double lambda, int hidden) {
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("lambda must be above 0, got " + lambda);
        }
        if (hidden < 0 || hidden > MAX_HIDDEN) {
            throw new IllegalArgumentException("hidden must be from 0 to " + MAX_HIDDEN + ", got " + hidden);
        }
        this.lambda = lambda;
        this.hidden = hidden;
    }

    @Override
    public String id() {
        return "emcdr";
    }

    @Override
    public String description() {
        return "Embedding and mapping (EMCDR, Man et al. 2017): trains a factorization machine on each domain, "
                + "learns a map from a user's source factors to their target factors (ridge regression, or with hidden > 0 the paper's MLP) on the users "
                + "both domains share, and scores cold-start users (source history, no target labels) with their "
                + "mapped factors; warm users are scored by the target model as usual. Runs with the fm learner "
                + "only (it needs factors). Helps cold-start users when tastes "
                + "carry over and enough users are shared to learn the map; no help for warm users, and with few "
                + "shared users or unrelated domains the map is noise (the ridge penalty then pulls it to the mean).";
    }

    @Override
    public String unsupported(LearnerKind learner, TaskKind task) {
        return learner == LearnerKind.FM ? null
                : "emcdr maps factorization-machine user factors: it runs with the fm learner only";
    }

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    public TransferStrategy configure(SettingValues values) {
        return new Emcdr(values.number("lambda"), values.integer("hidden"));
    }

    @Override
    public List<String> sharedModels(TransferProblem problem, org.recbridge.learn.LearnerSettings learner) {
        return List.of(SourceStage.key(learner));
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        String why = unsupported(learner.settings().kind(), problem.task().kind());
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        SgdLearner fm = learner;
        var targetFeatures = problem.targetFeaturizer();
        FittedModel sourceModel = SourceStage.model(problem, fm, context.part(0, 2, "source factors"));
        FittedModel targetModel = fm.fitRows(List.of(new RowSet(targetFeatures, problem.split().train())),
                targetFeatures.encodeAll(problem.split().validation()), context.seed(), context.cancel(),
                context.part(1, 2, "target factors").progress());
        Map<String, double[]> mapped = mapColdUsers(new FmUserParameters(sourceModel),
                new FmUserParameters(targetModel), problem.split().train(), context.seed());
        Predictor predictor = new MappedUserPredictor(targetModel, targetFeatures, mapped, likeOutput(targetModel, problem));
        // every source user without target factors is mapped (an exported model scores them too), but the
        // detail counts those the target has: source-only users never needed it on this data
        long needed = mapped.keySet().stream().filter(problem.split().observed()::containsKey).count();
        return new TrainedStrategy(predictor, List.of(sourceModel, targetModel),
                Map.of("lambda", lambda, "hidden", (double) hidden, "mappedUsers", (double) needed));
    }

    /** Fits the map on users with both source and target factors, applies it to users with source factors only. */
    private Map<String, double[]> mapColdUsers(FmUserParameters source, FmUserParameters target, List<Row> targetTrain,
                                               long seed) {
        Set<String> warm = new LinkedHashSet<>();
        for (Row r : targetTrain) {
            warm.add(r.user());
        }
        List<double[]> x = new ArrayList<>();
        List<double[]> y = new ArrayList<>();
        for (String user : warm) {
            double[] s = source.of(user);
            double[] t = target.of(user);
            if (s != null && t != null) {
                x.add(s);
                y.add(t);
            }
        }
        if (x.isEmpty()) {
            return Map.of(); // no shared users to learn from: every user is scored by the target model alone
        }
        double[][] xs = x.toArray(new double[0][]);
        double[][] ys = y.toArray(new double[0][]);
        // an MLP needs a held-out user to stop on: with one shared user only the linear map is fitted
        FactorMap map = hidden > 0 && xs.length >= 2 ? MlpMap.fit(xs, ys, hidden, seed) : RidgeMap.fit(xs, ys, lambda);
        Map<String, double[]> out = new HashMap<>();
        for (String user : source.users()) {
            if (target.of(user) == null) {
                out.put(user, map.apply(source.of(user)));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static int likeOutput(FittedModel model, TransferProblem problem) {
        if (problem.task().kind().isRegression()) {
            return -1;
        }
        return ((ImmutableOutputInfo<Label>) model.tribuoModel().getOutputIDInfo()).getID(new Label("1"));
    }

}
