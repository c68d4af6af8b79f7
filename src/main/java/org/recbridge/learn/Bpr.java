package org.recbridge.learn;

import java.util.Arrays;
import org.recbridge.util.CancelToken;
import org.tribuo.Output;

/**
 * Bayesian personalised ranking (Rendle et al., UAI 2009), the field's baseline loss for implicit feedback: for a
 * user's observed item i and a sampled item j, maximise ln sigma(s(u, i) - s(u, j)), where s is the fm's score of
 * liking (its "1" output minus its "0" output). One step per pair: both rows are scored first, so the two halves
 * of the gradient are taken at the same parameters, then each row takes its half (AdaGrad's sums see the halves
 * one after the other, a small departure from one joint step).
 */
final class Bpr {
    private static final int CANCEL_CHECK_EVERY = 1024;

    private Bpr() {
    }

    /**
     * The (observed, negative) pairs as handles, two to a pair: one pair per sampled negative, with the observed
     * row it was drawn for. The implicit task's rows come as an observed row followed by its negatives, in every
     * row set, and handles are in row order.
     */
    static <T extends Output<T>, U> int[] pairs(TrainingRows<T, U> data, int positive) {
        int[] handles = data.handles();
        int[] pairs = new int[2 * handles.length];
        int n = 0;
        int current = -1;
        for (int h : handles) {
            if (Integer.valueOf(positive).equals(data.target(h))) {
                current = h;
            } else if (current >= 0) {
                pairs[n++] = current;
                pairs[n++] = h;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("loss bpr found no observed row followed by a sampled negative: it "
                    + "needs the implicit task's rows");
        }
        return Arrays.copyOf(pairs, n);
    }

    /** One epoch over the pairs in {@code order}; returns the mean BPR loss, -ln sigma(d), weighted. */
    static <T extends Output<T>, U> double epoch(TrainingRows<T, U> data, int[] pairs, int[] order,
                                                 InPlaceStep inPlace, int positive, CancelToken cancel) {
        PackedRow liked = new PackedRow();
        PackedRow other = new PackedRow();
        PredictScratch likedScores = inPlace.newScratch();
        PredictScratch otherScores = inPlace.newScratch();
        int negative = 1 - positive; // the fm classifier's two outputs
        double[] likedGradient = new double[2];
        double[] otherGradient = new double[2];
        double lossSum = 0;
        double weightSum = 0;
        for (int k = 0; k < order.length; k++) {
            if (k % CANCEL_CHECK_EVERY == 0) {
                cancel.check();
            }
            int i = pairs[2 * order[k]];
            int j = pairs[2 * order[k] + 1];
            data.fill(i, liked);
            data.fill(j, other);
            inPlace.scores(liked, likedScores);
            inPlace.scores(other, otherScores);
            double d = likedScores.scores[positive] - likedScores.scores[negative]
                    - (otherScores.scores[positive] - otherScores.scores[negative]);
            // d(ln sigma(d))/dd = sigma(-d); the steps ascend the objective, as Tribuo's do
            double g = 1 / (1 + Math.exp(d));
            likedGradient[positive] = g;
            likedGradient[negative] = -g;
            otherGradient[positive] = -g;
            otherGradient[negative] = g;
            double w = data.weight(i);
            inPlace.step(likedGradient, liked, likedScores, w);
            inPlace.step(otherGradient, other, otherScores, w);
            lossSum += w * (d > 0 ? Math.log1p(Math.exp(-d)) : -d + Math.log1p(Math.exp(d)));
            weightSum += w;
        }
        return weightSum == 0 ? 0 : lossSum / weightSum;
    }
}
