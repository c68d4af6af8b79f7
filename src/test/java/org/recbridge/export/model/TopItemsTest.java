package org.recbridge.export.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The K best positions of a user's scores, found in one pass. */
class TopItemsTest {

    @Test
    void theHighestFirstAndOfEqualScoresTheEarlierItem() {
        double[] scores = {0.2, 0.9, 0.5, 0.9, 0.1, 0.7};
        assertArrayEquals(new int[] {1, 3, 5}, TopItems.best(scores, 3));
        assertArrayEquals(new int[] {1}, TopItems.best(scores, 1));
    }

    @Test
    void fewerCandidatesThanKGivesThemAllInOrder() {
        assertArrayEquals(new int[] {2, 0, 1}, TopItems.best(new double[] {0.5, 0.1, 0.8}, 10));
        assertArrayEquals(new int[] {}, TopItems.best(new double[] {}, 3));
    }

    @Test
    void aLaterHigherScorePushesOutTheLowestKept() {
        assertArrayEquals(new int[] {4, 3}, TopItems.best(new double[] {1, 2, 3, 4, 5}, 2));
        assertArrayEquals(new int[] {0, 1}, TopItems.best(new double[] {5, 4, 3, 2, 1}, 2));
    }
}
