package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.SgdLearner;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.task.Row;

/**
 * The target-stage settings reach the target stage: WarmStartTest's "0 target epochs is the source model" (the
 * source stage, stopped on held-out source rows), here through the project-file setting of the whole strategy
 * rather than through the learner.
 */
class TargetStageSettingsTest {
    private static final SyntheticPair PAIR = SyntheticProblems.sharedTastes(3);
    private static final TransferProblem PROBLEM = SyntheticProblems.problem(List.of(PAIR.source()), PAIR.target(), 3);
    private static final SgdLearner LEARNER = SyntheticProblems.learner(LearnerKind.LINEAR);

    private static double[] predictions(TransferStrategy s) {
        List<Row> test = PROBLEM.split().test();
        return s.train(PROBLEM, LEARNER, SyntheticProblems.context(3)).predictor().predict(test);
    }

    @Test
    void zeroTargetEpochsReproduceTheSourceStageAndTheDefaultDoesNot() {
        double[] source = TrainedStrategy.of(List.of(SourceStage.model(PROBLEM, LEARNER, SyntheticProblems.context(3))),
                PROBLEM.targetFeaturizer()).predictor().predict(PROBLEM.split().test());
        for (String id : List.of("fine-tune", "regularized-transfer")) {
            TransferStrategy frozen = Strategies.create(id, Map.of("targetEpochs", 0));
            assertArrayEquals(source, predictions(frozen), 1e-12, id);
            double[] tuned = predictions(Strategies.byId(id));
            double moved = 0;
            for (int i = 0; i < tuned.length; i++) {
                moved += Math.abs(tuned[i] - source[i]) / tuned.length;
            }
            assertTrue(moved > 0.01, id + " with the learner's epochs moved only " + moved);
        }
    }

    @Test
    void theTargetStageUsesItsOwnSettingsAndTheSourceStageTheLearners() {
        TrainedStrategy t = Strategies.create("regularized-transfer",
                Map.of("targetEpochs", 2, "targetLearningRate", 0.03, "lambda", 0.5)).train(PROBLEM, LEARNER,
                SyntheticProblems.context(3));
        assertEquals(LEARNER.settings(), t.models().get(0).settings());
        assertEquals(LEARNER.settings().withEpochs(2).withLearningRate(0.03).withL2(0.5), t.finalModel().settings());
    }
}
