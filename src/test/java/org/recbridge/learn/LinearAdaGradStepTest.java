package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.la.SparseVector;
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
        StochasticGradientOptimiser optimiser = new AdaGrad(LEARNING_RATE, SgdLearner.ADAGRAD_EPSILON);
        optimiser.initialise(tribuo);
        L2Decay decay = new L2Decay(decayFraction, centre, FEATURES);
        LinearAdaGradStep step = new LinearAdaGradStep(ours, LEARNING_RATE, SgdLearner.ADAGRAD_EPSILON, decay);
        SplittableRandom random = new SplittableRandom(11);
        PackedRow row = new PackedRow();
        PredictScratch scored = step.newScratch();
        for (int n = 0; n < 2000; n++) {
            int a = random.nextInt(FEATURES / 2);
            int b = FEATURES / 2 + random.nextInt(FEATURES / 2);
            row.ids = new int[] {a, b, FEATURES};
            row.values = new double[] {1.0, random.nextGaussian(), 1.0};
            row.size = 3;
            row.dimension = FEATURES + 1;
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
        DenseMatrix expected = (DenseMatrix) tribuo.get()[0];
        DenseMatrix actual = (DenseMatrix) ours.get()[0];
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c <= FEATURES; c++) {
                assertEquals(expected.get(r, c), actual.get(r, c), 0.0, "weight " + r + "," + c);
            }
        }
    }
}
