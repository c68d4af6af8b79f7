package org.recbridge.export.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.recbridge.eval.Factors;
import org.recbridge.task.Row;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Each user's K best items among the target items a saved model knows, leaving out those the user has already
 * rated in the data (recommending them again would be no news). Ties keep the model's item order.
 */
public final class TopItems {
    /** Progress is said every this many users: often enough to move a bar, rarely enough to cost nothing. */
    private static final int REPORT_EVERY = 32;

    private TopItems() {
    }

    public record Scored(String item, double score) {
    }

    /**
     * Where the model's scores are a matrix product of user and item factors (a single linear or FM model), each
     * user's scores come from that product and only the K chosen items are scored as rows, for the shown score;
     * otherwise every candidate pair is scored as a row. One user at a time either way: users × items rows would
     * not fit in memory for large catalogues. Cancel is checked before each user.
     *
     * @return per user of {@code seen} (in order of first appearance) up to {@code k} items, best first
     */
    public static Map<String, List<Scored>> of(ExportedModel model, List<Row> seen, int k, ProgressListener progress,
                                               CancelToken cancel) {
        if (k < 1) {
            throw new IllegalArgumentException("K must be 1 or more, got " + k);
        }
        Map<String, Set<String>> rated = new LinkedHashMap<>();
        for (Row r : seen) {
            rated.computeIfAbsent(r.user(), u -> new HashSet<>()).add(r.item());
        }
        List<String> users = List.copyOf(rated.keySet());
        List<String> items = model.targetItems();
        Factors factors = users.isEmpty() || items.isEmpty() ? null : model.predictor().factors(users, items);
        double[] all = new double[items.size()];
        Map<String, List<Scored>> out = new LinkedHashMap<>();
        for (int u = 0; u < users.size(); u++) {
            cancel.check();
            if (u % REPORT_EVERY == 0) {
                progress.progress(u / (double) users.size(), String.format(Locale.ROOT, "top %d: user %,d of %,d",
                        k, u + 1, users.size()));
            }
            String user = users.get(u);
            Set<String> own = rated.get(user);
            List<Row> candidates = new ArrayList<>(items.size());
            int[] itemAt = new int[items.size()];
            for (int i = 0; i < items.size(); i++) {
                if (!own.contains(items.get(i))) {
                    itemAt[candidates.size()] = i;
                    candidates.add(new Row(user, items.get(i), 0, Double.NaN, 1));
                }
            }
            double[] scores;
            if (factors == null) {
                scores = candidates.isEmpty() ? new double[0] : model.predict(candidates);
            } else {
                factors.scores(u, 0, items.size(), all);
                scores = new double[candidates.size()];
                for (int c = 0; c < scores.length; c++) {
                    scores[c] = all[itemAt[c]];
                }
            }
            int[] best = best(scores, k);
            List<Row> chosen = new ArrayList<>(best.length);
            for (int b : best) {
                chosen.add(candidates.get(b));
            }
            // the factors' scores rank as the model does, up to a logit: the shown score is the model's own
            double[] shown = factors == null || chosen.isEmpty() ? null : model.predict(chosen);
            List<Scored> list = new ArrayList<>(best.length);
            for (int j = 0; j < best.length; j++) {
                list.add(new Scored(chosen.get(j).item(), shown == null ? scores[best[j]] : shown[j]));
            }
            out.put(user, List.copyOf(list));
        }
        progress.progress(1, String.format(Locale.ROOT, "top %d: %,d users", k, users.size()));
        return out;
    }

    /**
     * The positions of the {@code k} highest scores, highest first; of equal scores the earlier position wins.
     * One pass with a sorted list of at most k: a whole sort per user would cost a catalogue's log for K of 10.
     */
    static int[] best(double[] scores, int k) {
        int m = Math.min(k, scores.length);
        int[] top = new int[m];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            double v = scores[i];
            if (size == m && !(v > scores[top[m - 1]])) {
                continue;
            }
            int at = size == m ? m - 1 : size++;
            while (at > 0 && v > scores[top[at - 1]]) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }
        return top;
    }
}
