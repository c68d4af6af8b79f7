package org.recbridge.learn;

import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseMatrix;

/**
 * Prediction and one SGD step of a linear model with AdaGrad, as Tribuo's {@code LinearParameters.predict},
 * {@code LinearParameters.gradients}, {@code AdaGrad.step} and {@code LinearParameters.update} compute them,
 * with the same arithmetic in the same order, but in place on a packed row: Tribuo builds a sparse vector, a
 * gradient matrix, the squared sums and the scaled step as new objects for every example, which made its
 * linear epoch three times scikit-learn's. While it steps, each feature's weights sit beside their AdaGrad
 * squared sums (one cache line, not four far apart) and go back to Tribuo's matrix at {@link #flush}.
 */
final class LinearAdaGradStep implements InPlaceStep {
    private final DenseMatrix weights;
    private final int outputs;
    /** Per feature and output, the weight and its squared gradient sum. */
    private final double[] cells;
    private final double learningRate;
    private final double epsilon;
    private final L2Decay decay;

    /** Matches {@code new AdaGrad(learningRate, epsilon)}: its squared sums start at zero. */
    LinearAdaGradStep(LinearParameters parameters, double learningRate, double epsilon, L2Decay decay) {
        this.weights = (DenseMatrix) parameters.get()[0];
        this.outputs = weights.getDimension1Size();
        this.cells = new double[weights.getDimension2Size() * outputs * 2];
        for (int id = 0; id < weights.getDimension2Size(); id++) {
            for (int o = 0; o < outputs; o++) {
                cells[at(id, o)] = weights.get(o, id);
            }
        }
        this.learningRate = learningRate;
        this.epsilon = epsilon;
        this.decay = decay;
    }

    private int at(int id, int o) {
        return (id * outputs + o) * 2;
    }

    @Override
    public PredictScratch newScratch() {
        return new PredictScratch(outputs, 0, 0);
    }

    /** {@code DenseMatrix.leftMultiply}: per output, the row's products summed in id order from zero. */
    @Override
    public void scores(PackedRow x, PredictScratch into) {
        for (int o = 0; o < outputs; o++) {
            double sum = 0.0;
            for (int t = 0; t < x.size; t++) {
                sum += cells[at(x.ids[t], o)] * x.values[t];
            }
            into.scores[o] = sum;
        }
    }

    @Override
    public void step(double[] gradient, PackedRow x, PredictScratch scored, double weight) {
        double scale = weight * learningRate;
        double weightSquared = weight * weight;
        boolean decays = decay.active();
        for (int o = 0; o < outputs; o++) {
            double go = gradient[o];
            for (int t = 0; t < x.size; t++) {
                int id = x.ids[t];
                int at = at(id, o);
                double g = x.values[t] * go;
                cells[at] = decay.step(cells, at, g, weightSquared, scale, epsilon, decays,
                        decays && decay.inGradient(id), 0, o, id);
            }
        }
    }

    @Override
    public void flush() {
        for (int id = 0; id < weights.getDimension2Size(); id++) {
            for (int o = 0; o < outputs; o++) {
                weights.set(o, id, cells[at(id, o)]);
            }
        }
    }
}
