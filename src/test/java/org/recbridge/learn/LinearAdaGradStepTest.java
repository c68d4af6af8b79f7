package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.la.SparseVector;
import org.tribuo.math.optimisers.AdaGrad;

/** The in-place linear step must be Tribuo's AdaGrad step, to the last bit, or results would drift. */
class LinearAdaGradStepTest {
    @Test
    void takesExactlyTribuosStepsOnWeightedSparseExamples() {
        double learningRate = 0.3;
        LogisticTrainer hooks = new LogisticTrainer(new AdaGrad(learningRate, SgdLearner.ADAGRAD_EPSILON), 7);
        int features = 50;
        LinearParameters tribuo = hooks.newParameters(features, 2, new SplittableRandom(7));
        LinearParameters ours = (LinearParameters) tribuo.copy();
        StochasticGradientOptimiser optimiser = hooks.newOptimiser();
        optimiser.initialise(tribuo);
        LinearAdaGradStep step = new LinearAdaGradStep(ours, learningRate, SgdLearner.ADAGRAD_EPSILON);
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 2000; n++) {
            int a = random.nextInt(features / 2);
            int b = features / 2 + random.nextInt(features / 2);
            SparseVector x = SparseVector.createSparseVector(features + 1, new int[] {a, b, features},
                    new double[] {1.0, random.nextGaussian(), 1.0});
            int label = random.nextInt(2);
            double weight = n % 3 == 0 ? 0.25 : 1.0;
            Pair<Double, SGDVector> t = hooks.objective().lossAndGradient(label, tribuo.predict(x));
            tribuo.update(optimiser.step(tribuo.gradients(t, x), weight));
            Pair<Double, SGDVector> o = hooks.objective().lossAndGradient(label, ours.predict(x));
            step.step(o.getB(), x, weight);
        }
        DenseMatrix expected = (DenseMatrix) tribuo.get()[0];
        DenseMatrix actual = (DenseMatrix) ours.get()[0];
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c <= features; c++) {
                assertEquals(expected.get(r, c), actual.get(r, c), 0.0, "weight " + r + "," + c);
            }
        }
    }
}
