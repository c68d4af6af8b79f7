package org.recbridge.transfer;

import java.util.List;

/**
 * The rule for the weights of a weighted mean of models' scores ({@link WeightedModels}, {@link Blend}, and the
 * manifests of exported models): each finite and not negative, and together more than 0. Weights that sum to 0
 * would make every score NaN; caught where the weights come in, a run or a model file is refused before any
 * score is written.
 */
public final class MeanWeights {
    private MeanWeights() {
    }

    /** Why {@code weights} cannot weight a mean, naming the first bad one by index; null when they can. */
    public static String problem(List<Double> weights) {
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            Double w = weights.get(i);
            if (w == null || !Double.isFinite(w) || w < 0) {
                return "weight " + (i + 1) + " is " + w + "; expected a finite number >= 0";
            }
            sum += w;
        }
        return sum > 0 ? null : "the weights sum to 0; at least one must be more than 0";
    }

    static void check(List<Double> weights) {
        String why = problem(weights);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
    }
}
