package org.recbridge.learn;

import org.tribuo.math.util.ExpNormalizer;

/**
 * Tribuo's {@code LogMulticlass.lossAndGradient} (the objective of every classifier here) with the same
 * arithmetic in the same order, on the scores' array: Tribuo's allocates a pair, a boxed loss and a vector
 * view per example, a fifth of a linear epoch.
 */
final class InPlaceLogLoss {
    private static final ExpNormalizer SOFTMAX = new ExpNormalizer();

    private InPlaceLogLoss() {
    }

    /**
     * Turns the scores into the gradient, as Tribuo turns its prediction vector into it: softmax, then minus
     * each probability, plus one at the true output.
     *
     * @return the objective's value, the log of the true output's probability
     */
    static double lossAndGradient(int truth, double[] scores) {
        SOFTMAX.normalizeInPlace(scores);
        double objective = Math.log(scores[truth]);
        for (int o = 0; o < scores.length; o++) {
            scores[o] = scores[o] * -1.0;
        }
        scores[truth] += 1.0;
        return objective;
    }
}
