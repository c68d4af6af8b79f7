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
}
