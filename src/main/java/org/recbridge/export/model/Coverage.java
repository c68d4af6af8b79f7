package org.recbridge.export.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recbridge.task.Row;

/**
 * How much of the scored data a model has seen: distinct users and items of the data whose ids it learned, and
 * pairs with both. A model of one catalogue applied to another knows none, and every score is then its base
 * rate (or rests on side features alone): said wherever the scores are shown, never left to a quiet AUC of 0.5.
 */
public record Coverage(int knownUsers, int users, int knownItems, int items, int knownPairs, int pairs,
                       boolean constantScores) {
    static Coverage of(List<Row> rows, double[] scores, KnownIds known) {
        Set<String> users = new HashSet<>();
        Set<String> items = new HashSet<>();
        Set<String> knownUsers = new HashSet<>();
        Set<String> knownItems = new HashSet<>();
        int knownPairs = 0;
        for (Row r : rows) {
            boolean u = users.add(r.user()) ? known.user(r.user()) && knownUsers.add(r.user())
                    : knownUsers.contains(r.user());
            boolean i = items.add(r.item()) ? known.item(r.item()) && knownItems.add(r.item())
                    : knownItems.contains(r.item());
            knownPairs += u && i ? 1 : 0;
        }
        boolean constant = scores.length > 1;
        for (int k = 1; k < scores.length && constant; k++) {
            constant = Double.compare(scores[k], scores[0]) == 0;
        }
        return new Coverage(knownUsers.size(), users.size(), knownItems.size(), items.size(), knownPairs, rows.size(),
                constant);
    }

    /** Whether every user and item of the data is known to the model. */
    public boolean complete() {
        return knownUsers == users && knownItems == items;
    }

    /**
     * Whether the model knows no pair of the data, or gives every pair the same score: then the scores file says
     * so in a comment line above its header. A partly known data set (cold-start users, new items) is the normal
     * case and is said on the command line and in the window only, so the file stays plain CSV.
     */
    public boolean blind() {
        return pairs > 0 && (knownPairs == 0 || constantScores);
    }

    /**
     * "0 of 1,672 users and 0 of 5,567 items are known to the model: every score is the base rate", or, when some
     * are known, how many pairs have both; empty when every user and item is known.
     */
    public String line() {
        if (complete()) {
            return "";
        }
        String known = String.format(Locale.ROOT, "%,d of %,d users and %,d of %,d items are known to the model",
                knownUsers, users, knownItems, items);
        if (constantScores) {
            return known + ": every score is the base rate";
        }
        if (knownPairs == 0) {
            return known + ": no pair has both, every score rests on side features and the base rate alone";
        }
        return known + String.format(Locale.ROOT, " (%,d of %,d pairs have both); the other pairs are scored from "
                + "what it knows of one of them, side features and the base rate", knownPairs, pairs);
    }
}
