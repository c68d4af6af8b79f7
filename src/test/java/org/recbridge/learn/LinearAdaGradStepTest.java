package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * The in-place linear prediction and step must be Tribuo's predict and AdaGrad step (then the L2 decay), to
 * the last bit, or results would drift.
 */
class LinearAdaGradStepTest {
    private static final double LEARNING_RATE = 0.3;
    private static final int FEATURES = 50;

    @Test
    void predictsAndStepsExactlyAsTribuoOnWeightedSparseExamples() {
        takesTribuosSteps(0, null);
    }

    @Test
    void decaysTowardsACentreButNotTheBiasExactlyAsAfterTribuosStep() {
        LogisticTrainer hooks = new LogisticTrainer(new AdaGrad(LEARNING_RATE, SgdLearner.ADAGRAD_EPSILON), 3);
        LinearParameters centre = hooks.newParameters(FEATURES, 2, new SplittableRandom(3));
        ((DenseMatrix) centre.get()[0]).set(0, 4, 0.5);
        takesTribuosSteps(0.05, centre);
    }

    private static void takesTribuosSteps(double decayFraction, LinearParameters centre) {
        LogisticTrainer hooks = new LogisticTrainer(new AdaGrad(LEARNING_RATE, SgdLearner.ADAGRAD_EPSILON), 7);
        LinearParameters tribuo = hooks.newParameters(FEATURES, 2, new SplittableRandom(7));
        LinearParameters ours = (LinearParameters) tribuo.copy();
        L2Decay decay = new L2Decay(decayFraction, centre, FEATURES);
        LinearAdaGradStep step = new LinearAdaGradStep(ours, LEARNING_RATE, SgdLearner.ADAGRAD_EPSILON, decay);
        TribuoReference.stepBothWays(hooks.objective(), tribuo, step, decay, LEARNING_RATE, FEATURES, true);
        DenseMatrix expected = (DenseMatrix) tribuo.get()[0];
        DenseMatrix actual = (DenseMatrix) ours.get()[0];
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c <= FEATURES; c++) {
                assertEquals(expected.get(r, c), actual.get(r, c), 0.0, "weight " + r + "," + c);
            }
        }
    }
}
