package org.recbridge.task;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.data.Interactions;

/** Turns a domain's interactions into labelled rows for a task. */
public final class Labeller {
    private Labeller() {
    }

    /**
     * Labels every interaction: like/dislike by the threshold, the rating itself, or 1 for an observed pair
     * (implicit). Negatives for the implicit task are sampled separately ({@link NegativeSampler}).
     *
     * @throws IllegalArgumentException if the task needs ratings and the domain has none
     */
    public static List<Row> label(String domainName, Interactions interactions, TaskSettings task) {
        boolean needsRatings = task.kind() != TaskKind.IMPLICIT;
        if (needsRatings && !interactions.hasRatings()) {
            throw new IllegalArgumentException("domain " + domainName + " has no ratings, which the "
                    + task.kind().id() + " task needs; use the implicit task for unrated interactions");
        }
        List<Row> rows = new ArrayList<>(interactions.size());
        for (int r = 0; r < interactions.size(); r++) {
            double rating = interactions.rating(r);
            if (needsRatings && Double.isNaN(rating)) {
                continue; // an unrated row says nothing about likes or ratings
            }
            double label = switch (task.kind()) {
                case CLASSIFICATION -> rating >= task.likeThreshold() ? 1 : 0;
                case REGRESSION -> rating;
                case IMPLICIT -> 1;
            };
            rows.add(new Row(interactions.userId(r), interactions.itemId(r), label, rating, 1.0));
        }
        return rows;
    }

    /**
     * What is wrong when the like threshold makes every rated row of {@code domainName} a like or every one a
     * dislike, or null: every run would fail the same way after the import, or have no held-out like to rank.
     */
    public static String oneClassOnly(String domainName, Interactions interactions, TaskSettings task) {
        if (task.kind() != TaskKind.CLASSIFICATION || !interactions.hasRatings()) {
            return null;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < interactions.size(); r++) {
            double rating = interactions.rating(r);
            if (!Double.isNaN(rating)) {
                low = Math.min(low, rating);
                high = Math.max(high, rating);
            }
        }
        if (low > high || low < task.likeThreshold() && high >= task.likeThreshold()) {
            return null; // nothing rated (said elsewhere), or both classes
        }
        return String.format(java.util.Locale.ROOT, "%s makes every rating of %s a %s (its ratings go from %s to %s); "
                + "set a threshold above the lowest rating and at most the highest", number(task.likeThreshold()),
                domainName, high < task.likeThreshold() ? "dislike" : "like", number(low), number(high));
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }
}
