package org.recbridge.learn;

import org.tribuo.common.sgd.FMParameters;
import org.tribuo.math.FeedForwardParameters;
import org.tribuo.math.LinearParameters;

/**
 * Tribuo's prediction and AdaGrad step for one packed row, applied to the parameters in place, with the L2
 * decay of {@link L2Decay} fused into the step (see the implementations). The parameters are read when the
 * step is made and written back at {@link #flush}: nothing else may read or change them in between.
 */
interface InPlaceStep {
    /** Fresh scratch for {@link #scores}: one per thread. */
    PredictScratch newScratch();

    /**
     * The parameters' scores for the row into {@code into}, with the arithmetic of the parameters' own
     * {@code predict}, the parameters only read: threads that each bring their own scratch may score at once,
     * while nothing steps.
     */
    void scores(PackedRow x, PredictScratch into);

    /**
     * Steps on a row, then decays its active weights.
     *
     * @param gradient the objective's gradient per output (Tribuo's sign: a step adds it)
     * @param x        the row
     * @param scored   the scratch that {@link #scores} filled for this row, with these parameters
     * @param weight   the example's weight
     */
    void step(double[] gradient, PackedRow x, PredictScratch scored, double weight);

    /** Writes the parameters back to Tribuo's tensors, which until then may lag behind the steps. */
    void flush();

    /**
     * AdaGrad's step on one cell of a packed parameter array, its value at {@code at} and its squared gradient
     * sum beside it, with the arithmetic of Tribuo's {@code AdaGrad.step} and the parameters' {@code update}:
     * adds to the sum and returns the stepped value, for the caller to decay and store.
     */
    static double adaGrad(double[] cells, int at, double g, double weightSquared, double scale, double epsilon) {
        cells[at + 1] += weightSquared * g * g;
        return cells[at] + g * (scale / (epsilon + Math.sqrt(cells[at + 1])));
    }

    /** The in-place step for these parameters: those of a linear model or a factorization machine. */
    static InPlaceStep forParameters(FeedForwardParameters parameters, double learningRate, double epsilon,
                                     L2Decay decay) {
        if (parameters instanceof LinearParameters linear) {
            return new LinearAdaGradStep(linear, learningRate, epsilon, decay);
        }
        if (parameters instanceof FMParameters fm) {
            return new FmAdaGradStep(fm, learningRate, epsilon, decay);
        }
        throw new IllegalArgumentException("no in-place step for " + parameters.getClass().getSimpleName());
    }
}
