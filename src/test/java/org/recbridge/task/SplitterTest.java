package org.recbridge.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.Interactions;

class SplitterTest {
    /** 100 users x 10 items each, ratings alternating 5 and 2; users u0..u49 are also in the source. */
    static Interactions target() {
        Interactions in = new Interactions(DuplicatePolicy.KEEP_LAST);
        for (int u = 0; u < 100; u++) {
            for (int i = 0; i < 10; i++) {
                in.add("u" + u, "b" + ((u + i) % 60), i % 2 == 0 ? 5 : 2, Interactions.NO_TIME);
            }
        }
        return in;
    }

    static Set<String> sourceUsers() {
        Set<String> s = new HashSet<>();
        for (int u = 0; u < 50; u++) {
            s.add("u" + u);
        }
        return s;
    }

    static TargetSplit split(ProtocolSettings protocol, TaskSettings task, long seed) {
        Interactions t = target();
        return Splitter.split(t, Labeller.label("books", t, task), sourceUsers(), task, protocol, seed);
    }

    @Test
    void warmSplitHoldsOutOneTestAndOneValidationRowPerUser() {
        ProtocolSettings warm = new ProtocolSettings(Protocol.WARM, 0.8, 0.1, 0.1, 0.2, 1.0);
        TargetSplit s = split(warm, TaskSettings.defaults(), 1);
        assertEquals(800, s.train().size());
        assertEquals(100, s.validation().size());
        assertEquals(100, s.test().size());
        assertTrue(s.coldUsers().isEmpty());
        Set<String> seen = new HashSet<>();
        for (Row r : s.train()) {
            seen.add(r.user() + "/" + r.item());
        }
        for (Row r : s.validation()) {
            assertTrue(seen.add(r.user() + "/" + r.item()), "validation overlaps train");
        }
        for (Row r : s.test()) {
            assertTrue(seen.add(r.user() + "/" + r.item()), "test overlaps train or validation");
        }
    }

    @Test
    void coldStartHoldsOutAllInteractionsOfAFractionOfSharedUsers() {
        TargetSplit s = split(ProtocolSettings.defaults(), TaskSettings.defaults(), 3);
        // beta = 0.2 of the 50 shared users
        assertEquals(10, s.coldUsers().size());
        assertTrue(sourceUsers().containsAll(s.coldUsers()));
        Set<String> trainUsers = s.train().stream().map(Row::user).collect(Collectors.toSet());
        Set<String> validationUsers = s.validation().stream().map(Row::user).collect(Collectors.toSet());
        for (String cold : s.coldUsers()) {
            assertFalse(trainUsers.contains(cold));
            assertFalse(validationUsers.contains(cold));
            assertEquals(10, s.test().stream().filter(r -> r.user().equals(cold)).count());
        }
        // the 90 warm users keep their per-user 80/10/10 split
        assertEquals(720, s.train().size());
        assertEquals(90 + 100, s.test().size());
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        TargetSplit a = split(ProtocolSettings.defaults(), TaskSettings.defaults(), 5);
        TargetSplit b = split(ProtocolSettings.defaults(), TaskSettings.defaults(), 5);
        TargetSplit c = split(ProtocolSettings.defaults(), TaskSettings.defaults(), 6);
        assertEquals(a.test(), b.test());
        assertEquals(a.coldUsers(), b.coldUsers());
        assertNotEquals(a.coldUsers(), c.coldUsers());
    }

    @Test
    void budgetKeepsThatFractionOfTrainingRows() {
        TargetSplit s = split(ProtocolSettings.defaults().withBudget(0.25), TaskSettings.defaults(), 1);
        assertEquals(180, s.train().size());
    }

    @Test
    void implicitTaskAddsSeededUnobservedNegatives() {
        TaskSettings implicit = new TaskSettings(TaskKind.IMPLICIT, 4, 3);
        TargetSplit s = split(ProtocolSettings.defaults(), implicit, 1);
        long positives = s.train().stream().filter(Row::positive).count();
        long negatives = s.train().size() - positives;
        assertEquals(720, positives);
        assertEquals(3 * 720, negatives);
        for (Row r : s.train()) {
            if (!r.positive()) {
                assertFalse(s.observed().get(r.user()).contains(r.item()), "a negative the user has seen");
            }
        }
    }

    @Test
    void shareRoundsButHoldsOutAtLeastOneRowOnceAUserHasTwo() {
        assertEquals(0, Splitter.share(1, 0.1, 2));
        assertEquals(1, Splitter.share(2, 0.1, 2));
        assertEquals(1, Splitter.share(10, 0.1, 2));
        assertEquals(3, Splitter.share(25, 0.1, 2));
    }

    @Test
    void labellerBinarisesAtTheThreshold() {
        Interactions in = new Interactions(DuplicatePolicy.KEEP_LAST);
        in.add("a", "x", 4, Interactions.NO_TIME);
        in.add("a", "y", 3.5, Interactions.NO_TIME);
        in.add("a", "z", Double.NaN, Interactions.NO_TIME);
        List<Row> rows = Labeller.label("d", in, TaskSettings.defaults());
        assertEquals(2, rows.size());
        assertEquals(1.0, rows.get(0).label());
        assertEquals(0.0, rows.get(1).label());
        List<Row> ratings = Labeller.label("d", in, new TaskSettings(TaskKind.REGRESSION, 4, 1));
        assertEquals(3.5, ratings.get(1).label());
    }
}
