package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.tribuo.common.sgd.SGDObjective;
import org.tribuo.math.FeedForwardParameters;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.la.SparseVector;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.la.VectorTuple;
import org.tribuo.math.optimisers.AdaGrad;

/** Tribuo's own form of what the in-place steps do, for the tests that hold them to it. */
final class TribuoReference {
    private TribuoReference() {
    }

    /**
     * Takes 2000 weighted steps on random two-feature rows (a bias column last where {@code bias}) both ways:
     * Tribuo's predict, AdaGrad step and decay on {@code tribuo}, and {@code step} on its own copy, asserting
     * equal scores on every row; then flushes {@code step}, for the caller to compare the parameters.
     */
    static void stepBothWays(SGDObjective<Integer> objective, FeedForwardParameters tribuo, InPlaceStep step,
                             L2Decay decay, double learningRate, int features, boolean bias) {
        StochasticGradientOptimiser optimiser = new AdaGrad(learningRate, SgdLearner.ADAGRAD_EPSILON);
        optimiser.initialise(tribuo);
        SplittableRandom random = new SplittableRandom(11);
        PackedRow row = new PackedRow();
        PredictScratch scored = step.newScratch();
        for (int n = 0; n < 2000; n++) {
            int a = random.nextInt(features / 2);
            int b = features / 2 + random.nextInt(features / 2);
            row.ids = bias ? new int[] {a, b, features} : new int[] {a, b};
            row.values = bias ? new double[] {1.0, random.nextGaussian(), 1.0}
                    : new double[] {1.0, random.nextGaussian()};
            row.size = row.ids.length;
            row.dimension = features + (bias ? 1 : 0);
            SparseVector x = sparse(row);
            int label = random.nextInt(2);
            double weight = n % 3 == 0 ? 0.25 : 1.0;
            DenseVector expectedScores = tribuo.predict(x);
            step.scores(row, scored);
            DenseVector scores = DenseVector.createDenseVector(scored.scores.clone());
            assertEquals(expectedScores, scores, "scores of example " + n);
            Pair<Double, SGDVector> t = objective.lossAndGradient(label, expectedScores);
            tribuo.update(optimiser.step(tribuo.gradients(t, x), weight));
            if (decay.active()) {
                decayActive(decay, tribuo, x);
            }
            step.step(objective.lossAndGradient(label, scores).getB().toArray(), row, scored, weight);
        }
        step.flush();
    }

    /** The packed row as the Tribuo vector it stands for. */
    static SparseVector sparse(PackedRow row) {
        return SparseVector.createSparseVector(row.dimension, Arrays.copyOf(row.ids, row.size),
                Arrays.copyOf(row.values, row.size));
    }

    /** The decay applied after Tribuo's step: every weight matrix's cells of the example's active features. */
    static void decayActive(L2Decay decay, FeedForwardParameters parameters, SGDVector x) {
        Tensor[] tensors = parameters.get();
        for (int t = 0; t < tensors.length; t++) {
            if (tensors[t] instanceof DenseMatrix m) {
                for (VectorTuple v : x) {
                    for (int r = 0; r < m.getDimension1Size(); r++) {
                        m.set(r, v.index, decay.apply(m.get(r, v.index), t, r, v.index));
                    }
                }
            }
        }
    }
}
