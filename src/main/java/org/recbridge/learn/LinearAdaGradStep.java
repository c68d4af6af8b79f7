package org.recbridge.learn;

import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.la.SparseVector;
import org.tribuo.math.la.VectorTuple;

/**
 * One SGD step of a linear model with AdaGrad, as Tribuo's {@code LinearParameters.gradients},
 * {@code AdaGrad.step} and {@code LinearParameters.update} compute it, with the same arithmetic in the same
 * order, but in place: Tribuo builds a gradient matrix, the squared sums and the scaled step as new tensors
 * for every example, which made its linear epoch three times scikit-learn's.
 */
final class LinearAdaGradStep implements InPlaceStep {
    private final DenseMatrix weights;
    private final double[][] gradsSquared;
    private final double learningRate;
    private final double epsilon;

    /** Matches {@code new AdaGrad(learningRate, epsilon)}: its squared sums start at zero. */
    LinearAdaGradStep(LinearParameters parameters, double learningRate, double epsilon) {
        this.weights = (DenseMatrix) parameters.get()[0];
        this.gradsSquared = new double[weights.getDimension1Size()][weights.getDimension2Size()];
        this.learningRate = learningRate;
        this.epsilon = epsilon;
    }

    @Override
    public void step(SGDVector gradient, SparseVector x, double weight) {
        double scale = weight * learningRate;
        double weightSquared = weight * weight;
        for (int o = 0; o < gradsSquared.length; o++) {
            double go = gradient.get(o);
            double[] sums = gradsSquared[o];
            for (VectorTuple t : x) {
                double g = t.value * go;
                sums[t.index] += weightSquared * g * g;
                double step = g * (scale / (epsilon + Math.sqrt(sums[t.index])));
                weights.set(o, t.index, weights.get(o, t.index) + step);
            }
        }
    }
}
