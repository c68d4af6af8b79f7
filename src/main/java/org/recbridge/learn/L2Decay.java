package org.recbridge.learn;

import org.tribuo.math.FeedForwardParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.Tensor;

/**
 * The L2 weight decay after each step: the weights (and fm factors) of the example's active features move a
 * fraction {@code decay} of the way to the centre, the gradient step of (L2 / 2) * ||w - centre||^2 with zero
 * as the centre if there is none. The bias is not regularised.
 * <p>
 * Features active in every row (the baseline numbers) take their L2 inside the gradient instead
 * ({@link #inGradient}), where AdaGrad scales it with the data's: the decay above is a fixed fraction per
 * step while AdaGrad's steps shrink as the feature's squared gradients add up, so on a feature stepped on in
 * every row the decay wins more each epoch and drives its weight towards zero however much it predicts (the
 * ids, stepped a few times an epoch, take over what it said). In the gradient, L2 holds the weight where the
 * data's gradient balances it, as the regularised objective has it, epoch after epoch.
 */
final class L2Decay {
    private final double decay;
    private final double keep;
    private final Tensor[] centres;
    private final int numFeatures;
    /** The L2 strength of the features in {@link #inGradient}. */
    private final double l2;
    /** Per feature id, whether its L2 is a gradient term; null: none is. */
    private final boolean[] inGradient;

    /**
     * @param decay       the fraction, 0 for none
     * @param centre      the parameters to pull towards (same shapes), or null for zero
     * @param numFeatures features below this id are regularised (the bias column beyond is not)
     */
    L2Decay(double decay, FeedForwardParameters centre, int numFeatures) {
        this(decay, 0, centre, numFeatures, null);
    }

    /**
     * @param l2         the L2 strength, for the features of {@code inGradient}
     * @param inGradient per feature id below {@code numFeatures}, whether its L2 is a gradient term (or null)
     */
    L2Decay(double decay, double l2, FeedForwardParameters centre, int numFeatures, boolean[] inGradient) {
        this.decay = decay;
        this.keep = 1.0 - decay;
        this.centres = centre == null ? null : centre.get();
        this.numFeatures = numFeatures;
        this.l2 = l2;
        this.inGradient = inGradient;
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

    /** Whether {@code feature}'s L2 is a gradient term ({@link #gradient}) rather than a decay. */
    boolean inGradient(int feature) {
        return inGradient != null && feature < numFeatures && inGradient[feature];
    }

    /**
     * Cell {@code at}'s AdaGrad step by {@code g} with its L2: inside the gradient for a feature that takes it
     * there ({@code inGradient}), as the decay after the step for the others (none unless {@code active}). The
     * learners' steps share it, so the two kinds of L2 are applied alike everywhere.
     */
    double step(double[] cells, int at, double g, double weightSquared, double scale, double epsilon, boolean active,
                boolean inGradient, int tensor, int row, int feature) {
        if (inGradient) {
            return InPlaceStep.adaGrad(cells, at, g + gradient(cells[at], tensor, row, feature), weightSquared,
                    scale, epsilon);
        }
        double updated = InPlaceStep.adaGrad(cells, at, g, weightSquared, scale, epsilon);
        return active ? apply(updated, tensor, row, feature) : updated;
    }

    /**
     * L2's gradient on cell (row, feature) of tensor {@code tensor}, now {@code value}, in Tribuo's sign (a step
     * adds it): -L2 (value - centre).
     */
    double gradient(double value, int tensor, int row, int feature) {
        double centre = centres == null ? 0 : ((DenseMatrix) centres[tensor]).get(row, feature);
        return -l2 * (value - centre);
    }
}
