package org.recbridge.learn;

import org.tribuo.math.FeedForwardParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.Tensor;

/**
 * The L2 weight decay after each step: the weights (and fm factors) of the example's active features move a
 * fraction {@code decay} of the way to the centre, the gradient step of (L2 / 2) * ||w - centre||^2 with zero
 * as the centre if there is none. The bias is not regularised.
 */
final class L2Decay {
    private final double decay;
    private final double keep;
    private final Tensor[] centres;
    private final int numFeatures;

    /**
     * @param decay       the fraction, 0 for none
     * @param centre      the parameters to pull towards (same shapes), or null for zero
     * @param numFeatures features below this id are regularised (the bias column beyond is not)
     */
    L2Decay(double decay, FeedForwardParameters centre, int numFeatures) {
        this.decay = decay;
        this.keep = 1.0 - decay;
        this.centres = centre == null ? null : centre.get();
        this.numFeatures = numFeatures;
    }

    boolean active() {
        return decay > 0;
    }

    /** The decayed value of cell (row, feature) of parameter tensor {@code tensor}, now {@code value}. */
    double apply(double value, int tensor, int row, int feature) {
        if (feature >= numFeatures) {
            return value;
        }
        double pull = centres == null ? 0 : decay * ((DenseMatrix) centres[tensor]).get(row, feature);
        return value * keep + pull;
    }
}
