package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.common.sgd.FMParameters;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * The in-place fm prediction and step must be Tribuo's predict and AdaGrad step (then the L2 decay), to the
 * last bit, or results would drift.
 */
class FmAdaGradStepTest {
    private static final double LEARNING_RATE = 0.3;
    private static final int FEATURES = 50;

    @Test
    void predictsAndStepsExactlyAsTribuoOnWeightedSparseExamples() {
        takesTribuosSteps(0, null);
    }

    @Test
    void decaysTowardsZeroExactlyAsAfterTribuosStep() {
        takesTribuosSteps(0.05, null);
    }

    @Test
    void decaysTowardsACentreExactlyAsAfterTribuosStep() {
        FmClassifierTrainer hooks = new FmClassifierTrainer(new AdaGrad(LEARNING_RATE, SgdLearner.ADAGRAD_EPSILON), 3, 4, 0.01);
        takesTribuosSteps(0.05, hooks.newParameters(FEATURES, 2, new SplittableRandom(3)));
    }

    private static void takesTribuosSteps(double decayFraction, FMParameters centre) {
        // exact equality of every score, bias, weight and factor: DenseVector and DenseMatrix equals compare values
        FmClassifierTrainer hooks = new FmClassifierTrainer(new AdaGrad(LEARNING_RATE, SgdLearner.ADAGRAD_EPSILON), 7, 4, 0.01);
        FMParameters tribuo = hooks.newParameters(FEATURES, 2, new SplittableRandom(7));
        FMParameters ours = (FMParameters) tribuo.copy();
        L2Decay decay = new L2Decay(decayFraction, centre, FEATURES);
        FmAdaGradStep step = new FmAdaGradStep(ours, LEARNING_RATE, SgdLearner.ADAGRAD_EPSILON, decay);
        TribuoReference.stepBothWays(hooks.objective(), tribuo, step, decay, LEARNING_RATE, FEATURES, false);
        Tensor[] expected = tribuo.get();
        Tensor[] actual = ours.get();
        for (int t = 0; t < expected.length; t++) {
            assertEquals(expected[t], actual[t], "tensor " + t + " (bias, weights, then factors per output)");
        }
    }
}
