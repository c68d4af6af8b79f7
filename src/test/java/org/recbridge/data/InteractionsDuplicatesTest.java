package org.recbridge.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Repeated (user, item) pairs merge alike whether the rows come grouped by user (held one user at a time), not
 * grouped, or grouped until a user comes back: compared with a map of every pair, for both policies.
 */
class InteractionsDuplicatesTest {
    private record Rating(String user, String item, double value, long time) {
    }

    @Test
    void groupedRowsMergeTheirRepeatsAsAMapOfEveryPairDoes() {
        List<Rating> rows = groupedWithRepeats(new Random(1));
        check(rows, DuplicatePolicy.KEEP_LAST);
        check(rows, DuplicatePolicy.AVERAGE);
    }

    @Test
    void shuffledRowsMergeAlike() {
        List<Rating> rows = groupedWithRepeats(new Random(2));
        Collections.shuffle(rows, new Random(3));
        check(rows, DuplicatePolicy.KEEP_LAST);
        check(rows, DuplicatePolicy.AVERAGE);
    }

    @Test
    void aUserComingBackAfterOthersStillFindsTheirEarlierPairs() {
        List<Rating> rows = groupedWithRepeats(new Random(4));
        // the first user again, at the end, repeating pairs of their first group
        for (int k = 0; k < 30; k++) {
            rows.add(new Rating("u0", "i" + k, k % 5 + 1, 1_000_000 + k));
        }
        rows.add(new Rating("u0", "brand-new", 2, 2_000_000));
        check(rows, DuplicatePolicy.KEEP_LAST);
        check(rows, DuplicatePolicy.AVERAGE);
    }

    @Test
    void rowsListedItemByItemMergeAlikeAndAnItemComingBackIsFound() {
        List<Rating> rows = new ArrayList<>();
        for (Rating r : groupedWithRepeats(new Random(5))) {
            rows.add(new Rating(r.item(), r.user(), r.value(), r.time())); // users become items: grouped by item
        }
        rows.add(0, new Rating("first-user", rows.get(0).item(), 3, -1)); // the second row shares the first's item
        rows.add(2, new Rating("first-user", rows.get(0).item(), 4, -2)); // and the third repeats the first
        check(rows, DuplicatePolicy.AVERAGE);
        rows.add(new Rating(rows.get(1).user(), rows.get(1).item(), 5, 5_000_000)); // the first item again, at the end
        check(rows, DuplicatePolicy.KEEP_LAST);
    }

    @Test
    void aHeavyUserBetweenLightOnesGrowsAndShrinksTheGroupTable() {
        List<Rating> rows = new ArrayList<>();
        for (int u = 0; u < 5; u++) {
            int n = u == 2 ? 5000 : 20;
            for (int k = 0; k < n; k++) {
                rows.add(new Rating("u" + u, "i" + k % (n - 3), k, k)); // the last 3 of each group repeat its first
            }
        }
        check(rows, DuplicatePolicy.AVERAGE);
    }

    /** Users listed one after another, each with some repeated items: the shape of most ratings files. */
    private static List<Rating> groupedWithRepeats(Random random) {
        List<Rating> rows = new ArrayList<>();
        long time = 0;
        for (int u = 0; u < 400; u++) {
            int n = 1 + random.nextInt(60);
            for (int k = 0; k < n; k++) {
                rows.add(new Rating("u" + u, "i" + random.nextInt(80), random.nextInt(5) + 1, time++));
            }
        }
        return rows;
    }

    private static void check(List<Rating> rows, DuplicatePolicy policy) {
        Interactions inter = new Interactions(policy);
        inter.expect(rows.size());
        Map<String, double[]> expected = new LinkedHashMap<>(); // pair -> {sum, count, last value, time}
        int repeats = 0;
        for (Rating r : rows) {
            double[] e = expected.get(r.user() + "\t" + r.item());
            boolean added = inter.add(r.user(), r.item(), r.value(), r.time());
            assertEquals(e == null, added, r.toString());
            if (e == null) {
                expected.put(r.user() + "\t" + r.item(), new double[] {r.value(), 1, r.value(), r.time()});
            } else {
                repeats++;
                e[0] += r.value();
                e[1]++;
                e[2] = r.value();
                e[3] = policy == DuplicatePolicy.AVERAGE ? Math.max(e[3], r.time()) : r.time();
            }
        }
        assertEquals(expected.size(), inter.size());
        assertEquals(repeats, inter.duplicateCount());
        int row = 0;
        for (Map.Entry<String, double[]> e : expected.entrySet()) {
            String[] pair = e.getKey().split("\t");
            assertEquals(pair[0], inter.userId(row));
            assertEquals(pair[1], inter.itemId(row));
            double want = policy == DuplicatePolicy.AVERAGE ? e.getValue()[0] / e.getValue()[1] : e.getValue()[2];
            assertEquals(want, inter.rating(row), 1e-4, e.getKey());
            assertEquals((long) e.getValue()[3], inter.time(row), e.getKey());
            row++;
        }
    }
}
