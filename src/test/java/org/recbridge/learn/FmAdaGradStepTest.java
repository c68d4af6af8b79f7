package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.common.sgd.FMParameters;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.la.SparseVector;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.optimisers.AdaGrad;

/** The in-place fm step must be Tribuo's AdaGrad step, to the last bit, or results would drift. */
class FmAdaGradStepTest {
    @Test
    void takesExactlyTribuosStepsOnWeightedSparseExamples() {
        // exact equality of every bias, weight and factor: DenseVector and DenseMatrix equals compare values
        double learningRate = 0.3;
        FmClassifierTrainer hooks = new FmClassifierTrainer(new AdaGrad(learningRate, SgdLearner.ADAGRAD_EPSILON), 7, 4, 0.01);
        int features = 50;
        FMParameters tribuo = hooks.newParameters(features, 2, new SplittableRandom(7));
        FMParameters ours = (FMParameters) tribuo.copy();
        StochasticGradientOptimiser optimiser = hooks.newOptimiser();
        optimiser.initialise(tribuo);
        FmAdaGradStep step = new FmAdaGradStep(ours, learningRate, SgdLearner.ADAGRAD_EPSILON);
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 2000; n++) {
            int a = random.nextInt(features / 2);
            int b = features / 2 + random.nextInt(features / 2);
            SparseVector x = SparseVector.createSparseVector(features, new int[] {a, b},
                    new double[] {1.0, random.nextGaussian()});
            int label = random.nextInt(2);
            double weight = n % 3 == 0 ? 0.25 : 1.0;
            Pair<Double, SGDVector> t = hooks.objective().lossAndGradient(label, tribuo.predict(x));
            tribuo.update(optimiser.step(tribuo.gradients(t, x), weight));
            Pair<Double, SGDVector> o = hooks.objective().lossAndGradient(label, ours.predict(x));
            step.step(o.getB(), x, weight);
        }
        Tensor[] expected = tribuo.get();
        Tensor[] actual = ours.get();
        for (int t = 0; t < expected.length; t++) {
            assertEquals(expected[t], actual[t], "tensor " + t + " (bias, weights, then factors per output)");
        }
    }
}
