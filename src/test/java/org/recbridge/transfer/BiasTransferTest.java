package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbridge.data.Domain;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.Interactions;
import org.recbridge.learn.LearnerKind;
import org.recbridge.task.Row;

/**
 * Known answers for popularity and bias-transfer on ratings with a planted user leniency: r = 3 + b_u + q_i + noise.
 * When the same b_u drives both domains, the source bias is what a cold-start user's target ratings need beyond
 * item quality, and bias-transfer finds it; when each domain draws its own, it has nothing to find.
 */
class BiasTransferTest {
    private static final int USERS = 500;

    /** Source and target ratings; {@code shared}: the same leniency in both domains, else independent. */
    private static List<Domain> domains(boolean shared, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] sourceBias = new double[USERS];
        double[] targetBias = new double[USERS];
        for (int u = 0; u < USERS; u++) {
            sourceBias[u] = random.nextGaussian();
            targetBias[u] = shared ? sourceBias[u] : random.nextGaussian();
        }
        return List.of(ratings("movies", "m", 200, 20, sourceBias, random),
                ratings("books", "b", 150, 8, targetBias, random));
    }

    private static Domain ratings(String name, String prefix, int items, int perUser, double[] bias,
                                  SplittableRandom random) {
        double[] quality = new double[items];
        for (int i = 0; i < items; i++) {
            quality[i] = 0.7 * random.nextGaussian();
        }
        Interactions in = new Interactions(DuplicatePolicy.KEEP_LAST);
        for (int u = 0; u < bias.length; u++) {
            for (int n = 0; n < perUser; n++) {
                int i = random.nextInt(items);
                double r = Math.rint(3 + bias[u] + quality[i] + 0.5 * random.nextGaussian());
                in.add("u" + u, prefix + i, Math.max(1, Math.min(5, r)), Interactions.NO_TIME);
            }
        }
        return new Domain(name, in, null, null);
    }

    /** AUC on the test rows of cold-start users, averaged over three seeds. */
    private static double coldAuc(TransferStrategy strategy, boolean shared) {
        double sum = 0;
        for (long seed = 1; seed <= 3; seed++) {
            List<Domain> d = domains(shared, seed);
            TransferProblem p = SyntheticProblems.problem(List.of(d.get(0)), d.get(1), seed);
            TrainedStrategy t = strategy.train(p, SyntheticProblems.learner(LearnerKind.LINEAR),
                    SyntheticProblems.context(seed));
            List<Row> cold = p.split().test().stream().filter(r -> p.split().isCold(r.user())).toList();
            sum += SyntheticProblems.auc(t.predictor(), cold);
        }
        return sum / 3;
    }

    @Test
    void biasTransferRecoversALeniencySharedAcrossDomains() {
        double popularity = coldAuc(new Popularity(), true);
        double bias = coldAuc(new BiasTransfer(), true);
        assertTrue(popularity > 0.6, "item quality alone ranks better than chance: " + popularity);
        assertTrue(bias > popularity + 0.08, "bias-transfer " + bias + " against popularity " + popularity);
    }

    @Test
    void withoutASharedLeniencyTheSourceBiasDoesNotHelp() {
        double popularity = coldAuc(new Popularity(), false);
        double bias = coldAuc(new BiasTransfer(), false);
        assertEquals(popularity, bias, 0.02, "bias-transfer " + bias + " against popularity " + popularity);
    }

    @Test
    void featureTransferCarriesTheSourceBiasToo() {
        double bias = coldAuc(new BiasTransfer(), true);
        double feature = coldAuc(new FeatureTransfer(), true);
        double targetOnly = coldAuc(new TargetOnly(), true);
        assertTrue(feature > targetOnly + 0.08, "feature-transfer " + feature + " against target-only " + targetOnly);
        assertTrue(feature > bias - 0.02, "feature-transfer " + feature + " should at least match bias-transfer " + bias);
    }
}
