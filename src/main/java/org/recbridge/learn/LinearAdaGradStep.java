package org.recbridge.learn;

import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.SGDVector;

/**
 * Prediction and one SGD step of a linear model with AdaGrad, as Tribuo's {@code LinearParameters.predict},
 * {@code LinearParameters.gradients}, {@code AdaGrad.step} and {@code LinearParameters.update} compute them,
 * with the same arithmetic in the same order, but in place on a packed row: Tribuo builds a sparse vector, a
 * gradient matrix, the squared sums and the scaled step as new objects for every example, which made its
 * linear epoch three times scikit-learn's.
 */
final class LinearAdaGradStep implements InPlaceStep {
    private final DenseMatrix weights;
    private final double[][] gradsSquared;
    private final double learningRate;
    private final double epsilon;
    private final L2Decay decay;
    private final DenseVector scores;

    /** Matches {@code new AdaGrad(learningRate, epsilon)}: its squared sums start at zero. */
    LinearAdaGradStep(LinearParameters parameters, double learningRate, double epsilon, L2Decay decay) {
        this.weights = (DenseMatrix) parameters.get()[0];
        this.gradsSquared = new double[weights.getDimension1Size()][weights.getDimension2Size()];
        this.learningRate = learningRate;
        this.epsilon = epsilon;
        this.decay = decay;
        this.scores = new DenseVector(weights.getDimension1Size());
    }

    /** {@code DenseMatrix.leftMultiply}: per output, the row's products summed in id order from zero. */
    @Override
    public DenseVector predict(PackedRow x) {
        for (int o = 0; o < gradsSquared.length; o++) {
            double sum = 0.0;
            for (int t = 0; t < x.size; t++) {
                sum += weights.get(o, x.ids[t]) * x.values[t];
            }
            scores.set(o, sum);
        }
        return scores;
    }

    @Override
    public void step(SGDVector gradient, PackedRow x, double weight) {
        double scale = weight * learningRate;
        double weightSquared = weight * weight;
        boolean decays = decay.active();
        for (int o = 0; o < gradsSquared.length; o++) {
            double go = gradient.get(o);
            double[] sums = gradsSquared[o];
            for (int t = 0; t < x.size; t++) {
                int id = x.ids[t];
                double g = x.values[t] * go;
                sums[id] += weightSquared * g * g;
                double step = g * (scale / (epsilon + Math.sqrt(sums[id])));
                double updated = weights.get(o, id) + step;
                weights.set(o, id, decays ? decay.apply(updated, 0, o, id) : updated);
            }
        }
    }
}
