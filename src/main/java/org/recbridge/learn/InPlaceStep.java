package org.recbridge.learn;

import org.tribuo.common.sgd.FMParameters;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.la.SparseVector;

/** Tribuo's AdaGrad step for one example, applied to the parameters in place (see the implementations). */
interface InPlaceStep {
    /**
     * @param gradient the objective's gradient per output (Tribuo's sign: a step adds it)
     * @param x        the example's features
     * @param weight   the example's weight
     */
    void step(SGDVector gradient, SparseVector x, double weight);

    /** The in-place step for these parameters, or null where only Tribuo's own tensors apply. */
    static InPlaceStep forParameters(Object parameters, double learningRate, double epsilon) {
        if (parameters instanceof LinearParameters linear) {
            return new LinearAdaGradStep(linear, learningRate, epsilon);
        }
        if (parameters instanceof FMParameters fm) {
            return new FmAdaGradStep(fm, learningRate, epsilon);
        }
        return null;
    }
}
