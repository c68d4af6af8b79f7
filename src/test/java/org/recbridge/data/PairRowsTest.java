package org.recbridge.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** PairRows against a HashMap through many growths, and a copy that does not share storage. */
class PairRowsTest {
    @Test
    void findsEveryPairItWasGivenAndNoOther() {
        Random random = new Random(5);
        PairRows rows = new PairRows();
        Map<Long, Integer> expected = new HashMap<>();
        for (int row = 0; row < 200_000; row++) {
            int user = random.nextInt(3000);
            int item = random.nextInt(1000);
            long key = ((long) user << 32) | item;
            if (!expected.containsKey(key)) {
                assertEquals(-1, rows.get(user, item));
                rows.put(user, item, row);
                expected.put(key, row);
            }
        }
        expected.forEach((key, row) -> assertEquals(row, rows.get((int) (key >>> 32), (int) (long) key)));
        assertEquals(-1, rows.get(3000, 0));
        assertEquals(-1, rows.get(0, 1000));
    }

    @Test
    void aCopyIsIndependent() {
        PairRows rows = new PairRows();
        rows.put(1, 2, 0);
        PairRows copy = rows.copy();
        copy.put(2, 1, 1);
        assertEquals(-1, rows.get(2, 1));
        assertEquals(1, copy.get(2, 1));
        assertEquals(0, copy.get(1, 2));
    }
}
