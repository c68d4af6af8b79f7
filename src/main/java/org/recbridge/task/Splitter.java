package org.recbridge.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.recbridge.data.Interactions;

/**
 * Splits target interactions by the warm or cold-start protocol, or as a benchmark's files give them. All
 * randomness comes from the seed, so the same seed gives the same split for every strategy (which makes the
 * seed-paired comparisons valid).
 */
public final class Splitter {
    private Splitter() {
    }

    public static TargetSplit split(Interactions target, List<Row> labelled, Set<String> sourceUsers,
                                    TaskSettings task, ProtocolSettings protocol, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, List<Row>> byUser = new LinkedHashMap<>();
        for (Row r : labelled) {
            byUser.computeIfAbsent(r.user(), u -> new ArrayList<>()).add(r);
        }
        Set<String> cold = protocol.protocol() == Protocol.COLD_START
                ? pickColdUsers(byUser.keySet(), sourceUsers, protocol.coldFraction(), random)
                : Set.of();

        List<Row> train = new ArrayList<>();
        List<Row> validation = new ArrayList<>();
        List<Row> test = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byUser.entrySet()) {
            List<Row> rows = new ArrayList<>(e.getValue());
            if (cold.contains(e.getKey())) {
                test.addAll(rows);
                continue;
            }
            Collections.shuffle(rows, new java.util.Random(random.nextLong()));
            int n = rows.size();
            int nTest = share(n, protocol.test(), 2);
            int nVal = share(n - nTest, protocol.validation(), 2);
            test.addAll(rows.subList(0, nTest));
            validation.addAll(rows.subList(nTest, nTest + nVal));
            train.addAll(rows.subList(nTest + nVal, n));
        }
        return finish(target, train, validation, test, cold, task, protocol, random);
    }

    /**
     * The given split: each row goes where the split's files put it, the same for every seed; the seed draws only
     * the target budget's rows and the sampled negatives of implicit feedback. Cold users are the files' (those
     * with test rows) or, unless named, the test users without a training row.
     */
    public static TargetSplit given(Interactions target, List<Row> labelled, GivenSplit given, TaskSettings task,
                                    ProtocolSettings protocol, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Row> train = new ArrayList<>();
        List<Row> validation = new ArrayList<>();
        List<Row> test = new ArrayList<>();
        for (Row r : labelled) {
            switch (given.part(r.user(), r.item())) {
                case 2 -> test.add(r);
                case 1 -> validation.add(r);
                default -> train.add(r);
            }
        }
        Set<String> trainUsers = new HashSet<>();
        train.forEach(r -> trainUsers.add(r.user()));
        Set<String> cold = new HashSet<>();
        for (Row r : test) {
            if (given.coldUsers() != null ? given.coldUsers().contains(r.user()) : !trainUsers.contains(r.user())) {
                cold.add(r.user());
            }
        }
        return finish(target, train, validation, test, cold, task, protocol, random);
    }

    /** The target budget, the sampled negatives of implicit feedback, and the split's catalogue and history. */
    private static TargetSplit finish(Interactions target, List<Row> train, List<Row> validation, List<Row> test,
                                      Set<String> cold, TaskSettings task, ProtocolSettings protocol,
                                      SplittableRandom random) {
        if (protocol.budget() < 1.0) {
            train = keepFraction(train, protocol.budget(), random);
        }
        List<String> items = target.items().names();
        Map<String, Set<String>> observed = observedItems(target);
        if (task.kind() == TaskKind.IMPLICIT) {
            NegativeSampler sampler = new NegativeSampler(items, observed);
            train = task.redraw() ? new RedrawnNegatives(train, sampler, task.negatives(), random.nextLong())
                    : sampler.withNegatives(train, task.negatives(), random);
            validation = sampler.withNegatives(validation, task.negatives(), random);
            test = sampler.withNegatives(test, task.negatives(), random);
        }
        return new TargetSplit(train instanceof RedrawnNegatives ? train : List.copyOf(train), List.copyOf(validation), List.copyOf(test), Set.copyOf(cold),
                items, observed);
    }

    /** Rows to hold out of n: the rounded share, at least one once the user has {@code minRows} rows. */
    static int share(int n, double fraction, int minRows) {
        if (fraction <= 0 || n < minRows) {
            return 0;
        }
        return Math.min(n - 1, Math.max(1, (int) Math.round(n * fraction)));
    }

    private static Set<String> pickColdUsers(Set<String> targetUsers, Set<String> sourceUsers, double beta,
                                             SplittableRandom random) {
        List<String> shared = new ArrayList<>();
        for (String u : targetUsers) {
            if (sourceUsers.contains(u)) {
                shared.add(u);
            }
        }
        Collections.shuffle(shared, new java.util.Random(random.nextLong()));
        return new HashSet<>(shared.subList(0, (int) Math.round(shared.size() * beta)));
    }

    private static List<Row> keepFraction(List<Row> rows, double fraction, SplittableRandom random) {
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
        int keep = Math.max(1, (int) Math.round(rows.size() * fraction));
        return shuffled.subList(0, Math.min(keep, shuffled.size()));
    }

    public static Map<String, Set<String>> observedItems(Interactions interactions) {
        Map<String, Set<String>> observed = new HashMap<>();
        for (int r = 0; r < interactions.size(); r++) {
            observed.computeIfAbsent(interactions.userId(r), u -> new HashSet<>()).add(interactions.itemId(r));
        }
        return observed;
    }
}
