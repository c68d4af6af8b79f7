package org.recbridge.learn;

import java.util.Arrays;
import org.tribuo.common.sgd.FMParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.Tensor;

/**
 * Prediction and one SGD step of a factorization machine with AdaGrad, as Tribuo's {@code FMParameters.predict},
 * {@code FMParameters.gradients}, {@code AdaGrad.step} and {@code FMParameters.update} compute them (bias,
 * weights, then each output's factors; every gradient from the parameters before the step), with the same
 * arithmetic in the same order, but in place on a packed row: Tribuo's tensors per example made an fm epoch
 * eight times a linear one. The gradient's factor sums are the prediction's, kept from {@link #predict}
 * rather than computed again (the same sums, from the same parameters).
 * <p>
 * While it steps, the weights and factors live here feature by feature, each beside its AdaGrad squared sum,
 * and go back to Tribuo's matrices at {@link #flush}: Tribuo keeps a matrix row per factor, so a step on a
 * row's three features touched 72 cache lines far apart (with k = 8 and two outputs), which made the fm
 * epoch four times the linear one; here they are five lines side by side.
 */
final class FmAdaGradStep implements InPlaceStep {
    private final DenseVector bias;
    private final DenseMatrix weights;
    private final DenseMatrix[] factors;
    private final double[] biasSquares;
    private final int outputs;
    private final int k;
    /** Doubles per feature in {@link #cells}. */
    private final int stride;
    /**
     * Per feature, (value, squared gradient sum) pairs: the weight of each output, then each output's k
     * factors.
     */
    private final double[] cells;
    private final double learningRate;
    private final double epsilon;
    private final L2Decay decay;

    /** Matches {@code new AdaGrad(learningRate, epsilon)}: its squared sums start at zero. */
    FmAdaGradStep(FMParameters parameters, double learningRate, double epsilon, L2Decay decay) {
        Tensor[] t = parameters.get();
        this.bias = (DenseVector) t[0];
        this.weights = (DenseMatrix) t[1];
        this.outputs = bias.size();
        this.factors = new DenseMatrix[t.length - 2];
        for (int o = 0; o < factors.length; o++) {
            factors[o] = (DenseMatrix) t[o + 2];
        }
        this.k = factors.length == 0 ? 0 : factors[0].getDimension1Size();
        this.biasSquares = new double[outputs];
        this.stride = 2 * (outputs + factors.length * k);
        int features = weights.getDimension2Size();
        this.cells = new double[features * stride];
        for (int id = 0; id < features; id++) {
            for (int o = 0; o < outputs; o++) {
                cells[weightAt(id, o)] = weights.get(o, id);
            }
            for (int o = 0; o < factors.length; o++) {
                for (int f = 0; f < k; f++) {
                    cells[factorAt(id, o, f)] = factors[o].get(f, id);
                }
            }
        }
        this.learningRate = learningRate;
        this.epsilon = epsilon;
        this.decay = decay;
    }

    private int weightAt(int id, int o) {
        return id * stride + 2 * o;
    }

    private int factorAt(int id, int o, int f) {
        return id * stride + 2 * (outputs + o * k + f);
    }

    @Override
    public PredictScratch newScratch() {
        return new PredictScratch(outputs, factors.length, k);
    }

    /**
     * {@code FMParameters.predict}: the weights' products summed in id order from zero, plus the bias, plus
     * half of the sum over factors of (sum squared minus sum of squares).
     */
    @Override
    public void scores(PackedRow x, PredictScratch into) {
        for (int o = 0; o < outputs; o++) {
            double linear = 0.0;
            for (int t = 0; t < x.size; t++) {
                linear += cells[weightAt(x.ids[t], o)] * x.values[t];
            }
            into.scores[o] = linear + bias.get(o);
        }
        for (int o = 0; o < factors.length; o++) {
            double[] sums = into.factorSums[o];
            double[] squares = into.factorSquares;
            Arrays.fill(sums, 0.0);
            Arrays.fill(squares, 0.0);
            // feature by feature, along its k adjacent factors; each factor's sums still add up in row order
            for (int t = 0; t < x.size; t++) {
                int at = factorAt(x.ids[t], o, 0);
                double v = x.values[t];
                for (int f = 0; f < k; f++) {
                    double value = cells[at + 2 * f] * v;
                    sums[f] += value;
                    squares[f] += value * value;
                }
            }
            double pairwise = 0.0;
            for (int f = 0; f < k; f++) {
                pairwise += (sums[f] * sums[f]) - squares[f];
            }
            into.scores[o] = into.scores[o] + pairwise / 2;
        }
    }

    @Override
    public void step(double[] gradient, PackedRow x, PredictScratch scored, double weight) {
        double scale = weight * learningRate;
        double weightSquared = weight * weight;
        boolean decays = decay.active();
        for (int o = 0; o < outputs; o++) {
            double g = gradient[o];
            biasSquares[o] += weightSquared * g * g;
            bias.set(o, bias.get(o) + g * (scale / (epsilon + Math.sqrt(biasSquares[o]))));
        }
        for (int o = 0; o < outputs; o++) {
            double go = gradient[o];
            for (int t = 0; t < x.size; t++) {
                int id = x.ids[t];
                int at = weightAt(id, o);
                double g = x.values[t] * go;
                cells[at] = decay.step(cells, at, g, weightSquared, scale, epsilon, decays,
                        decays && decay.inGradient(id), 1, o, id);
            }
        }
        for (int o = 0; o < factors.length; o++) {
            double go = gradient[o];
            if (go == 0) {
                // Tribuo's gradient is then an empty matrix: nothing steps, but the decay still applies
                if (decays) {
                    decayFactors(o, x);
                }
                continue;
            }
            double[] sums = scored.factorSums[o];
            // feature by feature, along its k adjacent factors: each cell's step reads only itself and the sums
            for (int t = 0; t < x.size; t++) {
                int id = x.ids[t];
                int base = factorAt(id, o, 0);
                double value = x.values[t];
                boolean inGradient = decays && decay.inGradient(id);
                for (int f = 0; f < k; f++) {
                    int at = base + 2 * f;
                    double g = (value * sums[f] - cells[at] * value * value) * go;
                    cells[at] = decay.step(cells, at, g, weightSquared, scale, epsilon, decays, inGradient, o + 2, f,
                            id);
                }
            }
        }
    }

    private void decayFactors(int o, PackedRow x) {
        for (int f = 0; f < k; f++) {
            for (int t = 0; t < x.size; t++) {
                int id = x.ids[t];
                if (!decay.inGradient(id)) { // those take their L2 with a step, and nothing steps here
                    int at = factorAt(id, o, f);
                    cells[at] = decay.apply(cells[at], o + 2, f, id);
                }
            }
        }
    }

    @Override
    public void flush() {
        int features = weights.getDimension2Size();
        for (int id = 0; id < features; id++) {
            for (int o = 0; o < outputs; o++) {
                weights.set(o, id, cells[weightAt(id, o)]);
            }
            for (int o = 0; o < factors.length; o++) {
                for (int f = 0; f < k; f++) {
                    factors[o].set(f, id, cells[factorAt(id, o, f)]);
                }
            }
        }
    }
}
