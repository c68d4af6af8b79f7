package org.recbridge.learn;

import org.tribuo.common.sgd.FMParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.la.Tensor;

/**
 * Prediction and one SGD step of a factorization machine with AdaGrad, as Tribuo's {@code FMParameters.predict},
 * {@code FMParameters.gradients}, {@code AdaGrad.step} and {@code FMParameters.update} compute them (bias,
 * weights, then each output's factors; every gradient from the parameters before the step), with the same
 * arithmetic in the same order, but in place on a packed row: Tribuo's tensors per example made an fm epoch
 * eight times a linear one. The gradient's factor sums are the prediction's, kept from {@link #predict}
 * rather than computed again (the same sums, from the same parameters).
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
    private final L2Decay decay;
    private final DenseVector scores;
    /** Per output and factor, the sum of factor times value over the row last predicted. */
    private final double[][] factorSums;

    /** Matches {@code new AdaGrad(learningRate, epsilon)}: its squared sums start at zero. */
    FmAdaGradStep(FMParameters parameters, double learningRate, double epsilon, L2Decay decay) {
        Tensor[] t = parameters.get();
        this.bias = (DenseVector) t[0];
        this.weights = (DenseMatrix) t[1];
        this.factors = new DenseMatrix[t.length - 2];
        this.factorSquares = new double[factors.length][][];
        this.factorSums = new double[factors.length][];
        for (int o = 0; o < factors.length; o++) {
            factors[o] = (DenseMatrix) t[o + 2];
            factorSquares[o] = new double[factors[o].getDimension1Size()][factors[o].getDimension2Size()];
            factorSums[o] = new double[factors[o].getDimension1Size()];
        }
        this.biasSquares = new double[bias.size()];
        this.weightSquares = new double[weights.getDimension1Size()][weights.getDimension2Size()];
        this.learningRate = learningRate;
        this.epsilon = epsilon;
        this.decay = decay;
        this.scores = new DenseVector(bias.size());
    }

    /**
     * {@code FMParameters.predict}: the weights' products summed in id order from zero, plus the bias, plus
     * half of the sum over factors of (sum squared minus sum of squares).
     */
    @Override
    public DenseVector predict(PackedRow x) {
        for (int o = 0; o < biasSquares.length; o++) {
            double linear = 0.0;
            for (int t = 0; t < x.size; t++) {
                linear += weights.get(o, x.ids[t]) * x.values[t];
            }
            scores.set(o, linear + bias.get(o));
        }
        for (int o = 0; o < factors.length; o++) {
            DenseMatrix v = factors[o];
            double[] sums = factorSums[o];
            double pairwise = 0.0;
            for (int f = 0; f < sums.length; f++) {
                double sumOfSquares = 0.0;
                double sum = 0.0;
                for (int t = 0; t < x.size; t++) {
                    double value = v.get(f, x.ids[t]) * x.values[t];
                    sum += value;
                    sumOfSquares += value * value;
                }
                sums[f] = sum;
                pairwise += (sum * sum) - sumOfSquares;
            }
            scores.set(o, scores.get(o) + pairwise / 2);
        }
        return scores;
    }

    @Override
    public void step(SGDVector gradient, PackedRow x, double weight) {
        double scale = weight * learningRate;
        double weightSquared = weight * weight;
        boolean decays = decay.active();
        for (int o = 0; o < biasSquares.length; o++) {
            double g = gradient.get(o);
            biasSquares[o] += weightSquared * g * g;
            bias.set(o, bias.get(o) + g * (scale / (epsilon + Math.sqrt(biasSquares[o]))));
        }
        for (int o = 0; o < weightSquares.length; o++) {
            double go = gradient.get(o);
            double[] sums = weightSquares[o];
            for (int t = 0; t < x.size; t++) {
                int id = x.ids[t];
                double g = x.values[t] * go;
                sums[id] += weightSquared * g * g;
                double updated = weights.get(o, id) + g * (scale / (epsilon + Math.sqrt(sums[id])));
                weights.set(o, id, decays ? decay.apply(updated, 1, o, id) : updated);
            }
        }
        for (int o = 0; o < factors.length; o++) {
            double go = gradient.get(o);
            DenseMatrix v = factors[o];
            if (go == 0) {
                // Tribuo's gradient is then an empty matrix: nothing steps, but the decay still applies
                if (decays) {
                    decayFactors(o, x);
                }
                continue;
            }
            for (int f = 0; f < factorSquares[o].length; f++) {
                double sum = factorSums[o][f];
                double[] sums = factorSquares[o][f];
                for (int t = 0; t < x.size; t++) {
                    int id = x.ids[t];
                    double value = x.values[t];
                    double current = v.get(f, id);
                    double g = (value * sum - current * value * value) * go;
                    sums[id] += weightSquared * g * g;
                    double updated = current + g * (scale / (epsilon + Math.sqrt(sums[id])));
                    v.set(f, id, decays ? decay.apply(updated, o + 2, f, id) : updated);
                }
            }
        }
    }

    private void decayFactors(int o, PackedRow x) {
        DenseMatrix v = factors[o];
        for (int f = 0; f < factorSquares[o].length; f++) {
            for (int t = 0; t < x.size; t++) {
                int id = x.ids[t];
                v.set(f, id, decay.apply(v.get(f, id), o + 2, f, id));
            }
        }
    }
}
