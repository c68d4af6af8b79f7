package org.recbridge.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** PairRows against a HashMap through many growths. */
class PairRowsTest {
    @Test
    void findsEveryPairItWasGivenAndNoOther() {
        findsEveryPair(new PairRows());
    }

    @Test
    void aTableSizedAheadFindsThemAlikeWithinAndBeyondItsSize() {
        findsEveryPair(new PairRows(150_000)); // about 190,000 distinct pairs come: it grows once past its size
        findsEveryPair(new PairRows(10));
    }

    private static void findsEveryPair(PairRows rows) {
        Random random = new Random(5);
        Map<Long, Integer> expected = new HashMap<>();
        for (int row = 0; row < 200_000; row++) {
            int user = random.nextInt(3000);
            int item = random.nextInt(1000);
            long key = ((long) user << 32) | item;
            assertEquals(expected.getOrDefault(key, -1), rows.putIfAbsent(user, item, row));
            expected.putIfAbsent(key, row);
        }
        expected.forEach((key, row) -> assertEquals(row, rows.putIfAbsent((int) (key >>> 32), (int) (long) key, -5)));
        assertEquals(-1, rows.putIfAbsent(3000, 0, 7));
        assertEquals(7, rows.putIfAbsent(3000, 0, 8));
    }
}
