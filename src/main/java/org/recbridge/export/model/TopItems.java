package org.recbridge.export.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recbridge.task.Row;

/**
 * Each user's K best items among the target items a saved model knows, leaving out those the user has already
 * rated in the data (recommending them again would be no news). Ties keep the model's item order.
 */
public final class TopItems {
    private TopItems() {
    }

    public record Scored(String item, double score) {
    }

    /** @return per user of {@code seen} (in order of first appearance) up to {@code k} items, best first */
    public static Map<String, List<Scored>> of(ExportedModel model, List<Row> seen, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("K must be 1 or more, got " + k);
        }
        Map<String, Set<String>> rated = new LinkedHashMap<>();
        for (Row r : seen) {
            rated.computeIfAbsent(r.user(), u -> new HashSet<>()).add(r.item());
        }
        Map<String, List<Scored>> out = new LinkedHashMap<>();
        // one user at a time: users x items rows would not fit in memory for large catalogues
        rated.forEach((user, items) -> {
            List<Row> candidates = new ArrayList<>();
            for (String item : model.targetItems()) {
                if (!items.contains(item)) {
                    candidates.add(new Row(user, item, 0, Double.NaN, 1));
                }
            }
            double[] scores = candidates.isEmpty() ? new double[0] : model.predict(candidates);
            List<Scored> ranked = new ArrayList<>(candidates.size());
            for (int i = 0; i < scores.length; i++) {
                ranked.add(new Scored(candidates.get(i).item(), scores[i]));
            }
            ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
            out.put(user, List.copyOf(ranked.subList(0, Math.min(k, ranked.size()))));
        });
        return out;
    }
}
