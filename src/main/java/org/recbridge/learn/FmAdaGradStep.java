package org.recbridge.learn;

import org.tribuo.common.sgd.FMParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.la.SparseVector;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.la.VectorTuple;

/**
 * One SGD step of a factorization machine with AdaGrad, as Tribuo's {@code FMParameters.gradients},
 * {@code AdaGrad.step} and {@code FMParameters.update} compute it (bias, weights, then each output's factors;
 * every gradient from the parameters before the step), with the same arithmetic in the same order, but in
 * place: Tribuo's tensors per example made an fm epoch eight times a linear one.
 */
final class FmAdaGradStep implements InPlaceStep {
    private final DenseVector bias;
    private final DenseMatrix weights;
    private final DenseMatrix[] factors;
    private final double[] biasSquares;
    private final double[][] weightSquares;
    private final double[][][] factorSquares;
    private final double learningRate;
    private final double epsilon;

    /** Matches {@code new AdaGrad(learningRate, epsilon)}: its squared sums start at zero. */
    FmAdaGradStep(FMParameters parameters, double learningRate, double epsilon) {
        Tensor[] t = parameters.get();
        this.bias = (DenseVector) t[0];
        this.weights = (DenseMatrix) t[1];
        this.factors = new DenseMatrix[t.length - 2];
        this.factorSquares = new double[factors.length][][];
        for (int o = 0; o < factors.length; o++) {
            factors[o] = (DenseMatrix) t[o + 2];
            factorSquares[o] = new double[factors[o].getDimension1Size()][factors[o].getDimension2Size()];
        }
        this.biasSquares = new double[bias.size()];
        this.weightSquares = new double[weights.getDimension1Size()][weights.getDimension2Size()];
        this.learningRate = learningRate;
        this.epsilon = epsilon;
    }

    @Override
    public void step(SGDVector gradient, SparseVector x, double weight) {
        double scale = weight * learningRate;
        double weightSquared = weight * weight;
        for (int o = 0; o < biasSquares.length; o++) {
            double g = gradient.get(o);
            biasSquares[o] += weightSquared * g * g;
            bias.set(o, bias.get(o) + g * (scale / (epsilon + Math.sqrt(biasSquares[o]))));
        }
        for (int o = 0; o < weightSquares.length; o++) {
            double go = gradient.get(o);
            double[] sums = weightSquares[o];
            for (VectorTuple t : x) {
                double g = t.value * go;
                sums[t.index] += weightSquared * g * g;
                weights.set(o, t.index, weights.get(o, t.index) + g * (scale / (epsilon + Math.sqrt(sums[t.index]))));
            }
        }
        for (int o = 0; o < factors.length; o++) {
            double go = gradient.get(o);
            if (go == 0) {
                continue; // Tribuo's gradient is then an empty matrix: nothing changes
            }
            DenseMatrix v = factors[o];
            DenseVector factorSum = v.leftMultiply(x);
            for (int f = 0; f < factorSquares[o].length; f++) {
                double sum = factorSum.get(f);
                double[] sums = factorSquares[o][f];
                for (VectorTuple t : x) {
                    double current = v.get(f, t.index);
                    double g = (t.value * sum - current * t.value * t.value) * go;
                    sums[t.index] += weightSquared * g * g;
                    v.set(f, t.index, current + g * (scale / (epsilon + Math.sqrt(sums[t.index]))));
                }
            }
        }
    }
}
