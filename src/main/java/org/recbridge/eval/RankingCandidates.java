package org.recbridge.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.recbridge.task.NegativeSampler;
import org.recbridge.task.Row;
import org.recbridge.task.TargetSplit;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;

/**
 * Per test user: the held-out positives and what they are ranked against. Built once per seed so every
 * strategy is ranked on the same candidates.
 *
 * @param protocol how positives are ranked
 * @param users    per user id, its candidates
 * @param pool     the items negatives are drawn from per test pair (the training items), or that full ranking
 *                 ranks against (the catalogue); empty for sampling per user
 * @param seed     the seed of the negatives drawn per test pair, in user and positive order
 * @param unranked the positive test pairs left out because no training row has their item (sampling per pair,
 *                 as CDRIB does; 0 for the other protocols), so the results can say how many
 */
public record RankingCandidates(RankingProtocol protocol, Map<String, UserCandidates> users, List<String> pool,
                                long seed, int unranked) {
    /**
     * @param positives held-out liked items
     * @param negatives sampled never-seen items, shared by the positives (sampling per user; else empty)
     */
    public record UserCandidates(List<String> positives, List<String> negatives) {
    }

    /** Sampled per user (the protocol of earlier results). */
    public RankingCandidates(Map<String, UserCandidates> users) {
        this(RankingProtocol.SAMPLED_PER_USER, users, List.of(), 0, 0);
    }

    public static RankingCandidates build(TargetSplit split, TaskSettings task, EvaluationSettings settings, long seed) {
        Map<String, List<String>> positives = new LinkedHashMap<>();
        for (Row r : split.test()) {
            if (isPositive(r, task)) {
                positives.computeIfAbsent(r.user(), u -> new ArrayList<>()).add(r.item());
            }
        }
        Map<String, UserCandidates> users = new LinkedHashMap<>();
        switch (settings.ranking()) {
            case SAMPLED_PER_USER -> {
                NegativeSampler sampler = new NegativeSampler(split.items(), split.observed());
                SplittableRandom random = new SplittableRandom(seed ^ 0x7a11L);
                positives.forEach((user, items) -> {
                    List<String> negatives = sampler.sample(user, settings.negatives(), random);
                    if (!negatives.isEmpty()) {
                        users.put(user, new UserCandidates(List.copyOf(items), negatives));
                    }
                });
                return new RankingCandidates(settings.ranking(), users, List.of(), seed, 0);
            }
            case SAMPLED_PER_PAIR -> {
                List<String> pool = trainingItems(split);
                Set<String> known = Set.copyOf(pool);
                // as CDRIB: a test pair whose item no training row has is not ranked, and is counted
                int unranked = 0;
                for (Map.Entry<String, List<String>> e : positives.entrySet()) {
                    List<String> ranked = e.getValue().stream().filter(known::contains).toList();
                    unranked += e.getValue().size() - ranked.size();
                    if (!ranked.isEmpty()) {
                        users.put(e.getKey(), new UserCandidates(ranked, List.of()));
                    }
                }
                return new RankingCandidates(settings.ranking(), users, pool, seed ^ 0x9a1fL, unranked);
            }
            case FULL -> {
                positives.forEach((user, items) -> users.put(user, new UserCandidates(List.copyOf(items), List.of())));
                return new RankingCandidates(settings.ranking(), users, split.items(), seed, 0);
            }
            default -> throw new IllegalStateException("unknown ranking protocol " + settings.ranking());
        }
    }

    /** The items of the target's training interactions (not of its sampled negatives), in order of first row. */
    private static List<String> trainingItems(TargetSplit split) {
        Set<String> items = new LinkedHashSet<>();
        for (Row r : split.train()) {
            if (split.observed().getOrDefault(r.user(), Set.of()).contains(r.item())) {
                items.add(r.item());
            }
        }
        return List.copyOf(items);
    }

    /**
     * The quiet cap said aloud: "ranking: 1,234 of 1,672 test users have fewer than the 99 negatives asked for
     * (evaluation.negatives) ...", or null when every user got them all. A user's negatives are the items it
     * never interacted with, so a small catalogue caps them.
     */
    public String shortfall(int wanted, long seed) {
        if (protocol == RankingProtocol.FULL) {
            return null; // ranks against the whole catalogue: nothing to cap
        }
        if (protocol == RankingProtocol.SAMPLED_PER_PAIR) {
            return pool.size() > wanted ? null : String.format(java.util.Locale.ROOT, "ranking (seed %d): the %,d "
                    + "negatives asked for (evaluation.negatives) are more than the %,d training items they are drawn "
                    + "from: each test pair is ranked among fewer, so HR and NDCG read higher than with %,d", seed,
                    wanted, pool.size(), wanted);
        }
        int shortUsers = 0;
        int fewest = Integer.MAX_VALUE;
        for (UserCandidates c : users.values()) {
            if (c.negatives().size() < wanted) {
                shortUsers++;
                fewest = Math.min(fewest, c.negatives().size());
            }
        }
        if (shortUsers == 0) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "ranking (seed %d): %,d of %,d test users have fewer than the %,d "
                + "negatives asked for (evaluation.negatives; as few as %,d): the catalogue holds no more items they "
                + "never interacted with, so HR and NDCG rank their items among fewer and read higher than with %,d",
                seed, shortUsers, users.size(), wanted, fewest, wanted);
    }

    /**
     * Full ranking's counterpart of {@link EvaluationSettings}' check of K against the negatives: "ranking (seed
     * 1): at K = 500 every held-out item is a hit ...", or null when every K is below the catalogue's size.
     */
    public String trivialK(List<Integer> ks, long seed) {
        int largest = ks.get(ks.size() - 1);
        if (protocol != RankingProtocol.FULL || largest < pool.size()) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "ranking (seed %d): at K = %,d every held-out item is a hit "
                + "(evaluation.k is not below the %,d items of the catalogue), so HR, NDCG and Recall at that K "
                + "say nothing of the strategies", seed, largest, pool.size());
    }

    /**
     * The pairs left out said aloud: "ranking (seed 1): 12 of 230 positive test pairs have an item that no
     * training row has and are not ranked ...", or null when every pair was ranked.
     */
    public String unrankedNote(long runSeed) {
        if (unranked == 0) {
            return null;
        }
        int ranked = users.values().stream().mapToInt(c -> c.positives().size()).sum();
        return String.format(java.util.Locale.ROOT, "ranking (seed %d): %,d of %,d positive test pairs have an item "
                + "that no training row has and are not ranked (sampled-per-pair draws negatives from the training "
                + "items, as CDRIB does); HR, NDCG and MRR average over the other %,d", runSeed, unranked,
                unranked + ranked, ranked);
    }

    /** A liked item: label 1 for likes and implicit feedback, a rating at or above the threshold for ratings. */
    static boolean isPositive(Row r, TaskSettings task) {
        return task.kind() == TaskKind.REGRESSION ? r.rating() >= task.likeThreshold() : r.label() >= 0.5;
    }
}
