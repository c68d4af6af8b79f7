package org.recbridge.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ItemSamplerTest {
    @Test
    void drawsDistinctItemsEvenWithSteepWeights() {
        double[] w = new double[1000];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.pow(i + 1, -3.0);
        }
        ItemSampler sampler = new ItemSampler(w);
        SplittableRandom rng = new SplittableRandom(1);
        for (int n : new int[] {1, 10, 200, 999, 1000, 5000}) {
            int[] got = sampler.sample(n, rng);
            assertEquals(Math.min(n, 1000), got.length);
            Set<Integer> distinct = new HashSet<>();
            Arrays.stream(got).forEach(distinct::add);
            assertEquals(got.length, distinct.size(), "distinct for n=" + n);
        }
    }

    @Test
    void firstDrawFollowsWeightsOnBothPaths() {
        ItemSampler sampler = new ItemSampler(new double[] {3, 1, 1, 1, 1, 1, 1, 1});
        SplittableRandom rng = new SplittableRandom(2);
        int smallHits = 0;
        int largeHits = 0;
        int trials = 20_000;
        for (int t = 0; t < trials; t++) {
            smallHits += sampler.sample(2, rng)[0] == 0 ? 1 : 0; // rejection path (2 * 4 <= 8)
            largeHits += sampler.sample(6, rng)[0] == 0 ? 1 : 0; // key path
        }
        assertEquals(0.3, smallHits / (double) trials, 0.015);
        assertEquals(0.3, largeHits / (double) trials, 0.015);
    }

    @Test
    void rejectsNonPositiveWeights() {
        assertThrows(IllegalArgumentException.class, () -> new ItemSampler(new double[] {1, 0}));
    }
}
