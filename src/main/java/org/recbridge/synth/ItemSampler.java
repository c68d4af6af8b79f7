package org.recbridge.synth;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws distinct items with probability proportional to fixed weights, as if drawing one at a time without
 * replacement. Small draws use rejection against a cumulative table (O(n log items)); large draws, or draws
 * whose rejection runs too long because the weights are very skewed, use Efraimidis-Spirakis keys over all
 * items (O(items log items)). Both follow the same distribution.
 */
final class ItemSampler {
    private final double[] weights;
    private final double[] cumulative;

    ItemSampler(double[] weights) {
        this.weights = weights.clone();
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] > 0)) {
                throw new IllegalArgumentException("weights must be positive, weight " + i + " is " + weights[i]);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    int size() {
        return weights.length;
    }

    /** {@code n} distinct item indices in draw order; all items (in draw order) if {@code n >= size()}. */
    int[] sample(int n, SplittableRandom rng) {
        int items = weights.length;
        n = Math.min(n, items);
        if (n <= 0) {
            return new int[0];
        }
        if ((long) n * 4 <= items) {
            int[] out = byRejection(n, rng);
            if (out != null) {
                return out;
            }
        }
        return byKeys(n, rng);
    }

    private int[] byRejection(int n, SplittableRandom rng) {
        int[] out = new int[n];
        Set<Integer> seen = new HashSet<>(n * 2);
        long tries = 20L * n + 100;
        int k = 0;
        double total = cumulative[cumulative.length - 1];
        while (k < n) {
            if (tries-- == 0) {
                return null;
            }
            int i = Arrays.binarySearch(cumulative, rng.nextDouble() * total);
            i = i >= 0 ? i + 1 : -i - 1;
            if (i >= cumulative.length) {
                i = cumulative.length - 1;
            }
            if (seen.add(i)) {
                out[k++] = i;
            }
        }
        return out;
    }

    private int[] byKeys(int n, SplittableRandom rng) {
        int items = weights.length;
        double[] key = new double[items];
        Integer[] order = new Integer[items];
        for (int i = 0; i < items; i++) {
            // log(U)/w: the item with the largest key is drawn first
            key[i] = Math.log(1.0 - rng.nextDouble()) / weights[i];
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(key[b], key[a]));
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = order[k];
        }
        return out;
    }
}
