package org.recbridge.learn;

import org.tribuo.common.sgd.FMParameters;
import org.tribuo.math.FeedForwardParameters;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.SGDVector;

/**
 * Tribuo's prediction and AdaGrad step for one packed row, applied to the parameters in place, with the L2
 * decay of {@link L2Decay} fused into the step (see the implementations). The parameters are read when the
 * step is made and written back at {@link #flush}: nothing else may read or change them in between.
 */
interface InPlaceStep {
    /**
     * The parameters' scores for the row, with the arithmetic of the parameters' own {@code predict}. The
     * vector is reused by the next call (the objective may overwrite it with its gradient).
     */
    DenseVector predict(PackedRow x);

    /**
     * Steps on the row last passed to {@link #predict}, then decays its active weights.
     *
     * @param gradient the objective's gradient per output (Tribuo's sign: a step adds it)
     * @param x        the row last predicted
     * @param weight   the example's weight
     */
    void step(SGDVector gradient, PackedRow x, double weight);

    /** Writes the parameters back to Tribuo's tensors, which until then may lag behind the steps. */
    void flush();

    /** The in-place step for these parameters, or null where only Tribuo's own tensors apply. */
    static InPlaceStep forParameters(FeedForwardParameters parameters, double learningRate, double epsilon,
                                     L2Decay decay) {
        if (parameters instanceof LinearParameters linear) {
            return new LinearAdaGradStep(linear, learningRate, epsilon, decay);
        }
        if (parameters instanceof FMParameters fm) {
            return new FmAdaGradStep(fm, learningRate, epsilon, decay);
        }
        return null;
    }
}
