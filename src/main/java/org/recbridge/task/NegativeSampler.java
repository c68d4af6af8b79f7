package org.recbridge.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Samples items a user never interacted with, as negatives for implicit feedback and for ranking. */
public final class NegativeSampler {
    private final List<String> items;
    private final Map<String, Set<String>> observed;

    /**
     * @param items    the catalogue to sample from
     * @param observed per user, the items to never sample (everything the user interacted with)
     */
    public NegativeSampler(List<String> items, Map<String, Set<String>> observed) {
        this.items = items;
        this.observed = observed;
    }

    /** Up to {@code n} distinct unobserved items for {@code user} (fewer if the catalogue runs out). */
    public List<String> sample(String user, int n, SplittableRandom random) {
        Set<String> seen = observed.getOrDefault(user, Set.of());
        int available = items.size() - seen.size();
        int want = Math.min(n, Math.max(available, 0));
        List<String> out = new ArrayList<>(want);
        Set<String> picked = new java.util.HashSet<>();
        int attempts = 0;
        while (out.size() < want && attempts < want * 50L + 1000) {
            String item = items.get(random.nextInt(items.size()));
            attempts++;
            if (!seen.contains(item) && picked.add(item)) {
                out.add(item);
            }
        }
        return out;
    }

    /** Adds {@code perPositive} sampled negatives (label 0) for every positive row. */
    public List<Row> withNegatives(List<Row> positives, int perPositive, SplittableRandom random) {
        // in long: a large count must never wrap to a negative capacity
        List<Row> out = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8, (long) positives.size() * (perPositive + 1)));
        for (Row p : positives) {
            out.add(p);
            for (String item : sample(p.user(), perPositive, random)) {
                out.add(new Row(p.user(), item, 0, Double.NaN, 1.0));
            }
        }
        return out;
    }
}
