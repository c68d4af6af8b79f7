package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recbridge.features.EncodedRow;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;
import org.tribuo.ImmutableFeatureMap;

/**
 * Every strategy scores every test pair, with each learner and task, on data where cold-start users meet
 * items absent from the target training rows (Tribuo refuses such examples unless the prediction path falls
 * back to the model's intercept). A pair whose user and item no domain has gets the model's baseline.
 */
class EveryPairScoresTest {
    private static final long SEED = 7;

    @Test
    void theFixtureHasTestPairsWhoseUserAndItemTheTargetNeverTrainedOn() {
        TransferProblem problem = ColdPairs.problem(TaskKind.CLASSIFICATION, SEED);
        Set<String> trainedOn = new HashSet<>();
        for (Row r : problem.split().train()) {
            trainedOn.add("user=" + r.user());
            trainedOn.add("item=" + r.item());
        }
        long unknown = problem.split().test().stream()
                .filter(r -> !trainedOn.contains("user=" + r.user()) && !trainedOn.contains("item=" + r.item()))
                .count();
        assertFalse(problem.split().coldUsers().isEmpty());
        assertTrue(unknown >= 3, "test pairs with an unknown user and an unknown item: " + unknown);
    }

    static Stream<Arguments> runs() {
        List<Arguments> out = new ArrayList<>();
        for (TransferStrategy s : Strategies.all()) {
            for (LearnerKind learner : LearnerKind.values()) {
                for (TaskKind task : TaskKind.values()) {
                    if (s.unsupported(learner, task) == null) {
                        out.add(Arguments.of(s.id(), learner, task));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("runs")
    void everyTestPairGetsAFiniteScoreAndUnknownPairsTheBaseline(String id, LearnerKind kind, TaskKind task) {
        TransferProblem problem = ColdPairs.problem(task, SEED);
        SgdLearner learner = new SgdLearner(LearnerSettings.defaults(kind).withEpochs(3), task);
        TrainedStrategy trained = Strategies.byId(id).train(problem, learner,
                new RunContext(SEED, CancelToken.none(), ProgressListener.none()));

        double[] scores = trained.predictor().predict(problem.split().test());
        assertEquals(problem.split().test().size(), scores.length);
        for (double s : scores) {
            assertTrue(Double.isFinite(s), id + " scored " + s);
        }
        double[] unknown = trained.predictor().predict(List.of(ColdPairs.nobody(1), ColdPairs.nobody(2)));
        assertTrue(Double.isFinite(unknown[0]), id + " scored an unknown pair " + unknown[0]);
        // the fallback does not depend on which unknown ids the pair has
        assertEquals(unknown[0], unknown[1], 0.0);
        if (isFinalModelAlone(trained, problem.split().test(), scores)) {
            if (noneKnown(trained, trained.featurizer().encode(ColdPairs.nobody(1)))) {
                assertEquals(trained.finalModel().baseline(), unknown[0], 0.0, id + ": an all-unknown pair gets the baseline");
            }
        } else {
            // a combination (boosting vote, ensemble, per-source weights, mapped users) of its models' baselines
            double low = trained.models().stream().mapToDouble(m -> m.baseline()).min().orElseThrow();
            double high = trained.models().stream().mapToDouble(m -> m.baseline()).max().orElseThrow();
            assertTrue(unknown[0] >= low - 1e-12 && unknown[0] <= high + 1e-12,
                    id + ": " + unknown[0] + " outside its models' baselines [" + low + ", " + high + "]");
        }
    }

    /** Whether the strategy scores as its final model over its featurizer (most strategies) on these rows. */
    private static boolean isFinalModelAlone(TrainedStrategy trained, List<Row> rows, double[] scores) {
        return trained.featurizer() != null
                && java.util.Arrays.equals(scores, trained.finalModel().predict(trained.featurizer().encodeAll(rows)));
    }

    private static boolean noneKnown(TrainedStrategy trained, EncodedRow row) {
        ImmutableFeatureMap known = trained.finalModel().tribuoModel().getFeatureIDMap();
        for (String name : row.names()) {
            if (known.getID(name) >= 0) {
                return false;
            }
        }
        return true;
    }
}
