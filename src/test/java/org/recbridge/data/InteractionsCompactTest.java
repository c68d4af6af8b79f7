package org.recbridge.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Compacting keeps every row, and later additions still find the pairs added before it. */
class InteractionsCompactTest {
    @Test
    void rowsSurviveAndRepeatedPairsStillMergeAfterCompacting() {
        Interactions inter = new Interactions(DuplicatePolicy.AVERAGE);
        for (int r = 0; r < 3000; r++) {
            inter.add("u" + r % 70, "i" + r, r % 5 + 1, r);
        }
        inter.add("u0", "i0", 3, 5000); // merged before compacting: (1 + 3) / 2
        inter.compact();
        assertEquals(3000, inter.size());
        assertEquals(2.0, inter.rating(0), 1e-6);
        assertEquals("u69", inter.userId(69));

        assertFalse(inter.add("u0", "i0", 5, 6000), "the pair table is rebuilt, so the pair is found");
        assertEquals((1 + 3 + 5) / 3.0, inter.rating(0), 1e-6, "the merge count survived the compaction");
        assertTrue(inter.add("u1", "new", 4, 7000));
        assertEquals(3001, inter.size());
        assertEquals("new", inter.itemId(3000));
        assertEquals(2, inter.duplicateCount());
    }
}
