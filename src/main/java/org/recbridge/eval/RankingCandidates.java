package org.recbridge.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.recbridge.task.NegativeSampler;
import org.recbridge.task.Row;
import org.recbridge.task.TargetSplit;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;

/**
 * Per test user: the held-out positives and the sampled negatives they are ranked against. Built once per
 * seed so every strategy is ranked on the same candidates.
 *
 * @param users per user id, its candidates
 */
public record RankingCandidates(Map<String, UserCandidates> users) {
    /** @param positives held-out liked items; @param negatives sampled never-seen items */
    public record UserCandidates(List<String> positives, List<String> negatives) {
    }

    public static RankingCandidates build(TargetSplit split, TaskSettings task, EvaluationSettings settings, long seed) {
        Map<String, List<String>> positives = new LinkedHashMap<>();
        for (Row r : split.test()) {
            if (isPositive(r, task)) {
                positives.computeIfAbsent(r.user(), u -> new ArrayList<>()).add(r.item());
            }
        }
        NegativeSampler sampler = new NegativeSampler(split.items(), split.observed());
        SplittableRandom random = new SplittableRandom(seed ^ 0x7a11L);
        Map<String, UserCandidates> users = new LinkedHashMap<>();
        positives.forEach((user, items) -> {
            List<String> negatives = sampler.sample(user, settings.negatives(), random);
            if (!negatives.isEmpty()) {
                users.put(user, new UserCandidates(List.copyOf(items), negatives));
            }
        });
        return new RankingCandidates(users);
    }

    /** A liked item: label 1 for likes and implicit feedback, a rating at or above the threshold for ratings. */
    static boolean isPositive(Row r, TaskSettings task) {
        return task.kind() == TaskKind.REGRESSION ? r.rating() >= task.likeThreshold() : r.label() >= 0.5;
    }
}
