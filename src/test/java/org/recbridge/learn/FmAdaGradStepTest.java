package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.common.sgd.FMParameters;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.la.SparseVector;
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
        StochasticGradientOptimiser optimiser = new AdaGrad(LEARNING_RATE, SgdLearner.ADAGRAD_EPSILON);
        optimiser.initialise(tribuo);
        L2Decay decay = new L2Decay(decayFraction, centre, FEATURES);
        FmAdaGradStep step = new FmAdaGradStep(ours, LEARNING_RATE, SgdLearner.ADAGRAD_EPSILON, decay);
        SplittableRandom random = new SplittableRandom(11);
        PackedRow row = new PackedRow();
        PredictScratch scored = step.newScratch();
        for (int n = 0; n < 2000; n++) {
            int a = random.nextInt(FEATURES / 2);
            int b = FEATURES / 2 + random.nextInt(FEATURES / 2);
            row.ids = new int[] {a, b};
            row.values = new double[] {1.0, random.nextGaussian()};
            row.size = 2;
            row.dimension = FEATURES;
            SparseVector x = TribuoReference.sparse(row);
            int label = random.nextInt(2);
            double weight = n % 3 == 0 ? 0.25 : 1.0;
            DenseVector expectedScores = tribuo.predict(x);
            step.scores(row, scored);
            DenseVector scores = DenseVector.createDenseVector(scored.scores.clone());
            assertEquals(expectedScores, scores, "scores of example " + n);
            Pair<Double, SGDVector> t = hooks.objective().lossAndGradient(label, expectedScores);
            tribuo.update(optimiser.step(tribuo.gradients(t, x), weight));
            if (decay.active()) {
                TribuoReference.decayActive(decay, tribuo, x);
            }
            step.step(hooks.objective().lossAndGradient(label, scores).getB().toArray(), row, scored, weight);
        }
        step.flush();
        Tensor[] expected = tribuo.get();
        Tensor[] actual = ours.get();
        for (int t = 0; t < expected.length; t++) {
            assertEquals(expected[t], actual[t], "tensor " + t + " (bias, weights, then factors per output)");
        }
    }
}
