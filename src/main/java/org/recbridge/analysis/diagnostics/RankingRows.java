package org.recbridge.analysis.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.recbridge.data.Domain;
import org.recbridge.data.Interactions;
import org.recbridge.task.NegativeSampler;
import org.recbridge.task.Row;
import org.recbridge.task.Splitter;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;

/**
 * Rows labelled like (1) / dislike (0) for the feature ranking. The ranking asks what predicts a like, so
 * ratings are cut at the like threshold for every task; without ratings an observed pair is a like and a
 * sampled unobserved item a dislike, as for implicit feedback.
 */
final class RankingRows {
    private RankingRows() {
    }

    /** All of a domain's interactions as like/dislike rows, sampled to at most {@code max} (seeded). */
    static List<Row> of(Domain domain, TaskSettings task, int max, long seed) {
        Interactions in = domain.interactions();
        List<Row> rows = new ArrayList<>();
        boolean rated = in.hasRatings();
        for (int r = 0; r < in.size(); r++) {
            double rating = in.rating(r);
            if (!rated || !Double.isNaN(rating)) {
                double label = !rated || rating >= task.likeThreshold() ? 1 : 0;
                rows.add(new Row(in.userId(r), in.itemId(r), label, rating, 1.0));
            }
        }
        if (!rated) {
            // sample first, so negatives are drawn for the kept positives only
            rows = sample(rows, Math.max(1, max / (task.negatives() + 1)), seed);
            rows = new NegativeSampler(in.items().names(), Splitter.observedItems(in))
                    .withNegatives(rows, task.negatives(), new SplittableRandom(seed));
        }
        return sample(rows, max, seed);
    }

    /** A task's training rows relabelled like/dislike (ratings cut at the threshold for the rating task). */
    static List<Row> likeLabels(List<Row> rows, TaskSettings task) {
        if (task.kind() != TaskKind.REGRESSION) {
            return rows;
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Row(r.user(), r.item(), r.rating() >= task.likeThreshold() ? 1 : 0, r.rating(), r.weight()));
        }
        return out;
    }

    static List<Row> sample(List<Row> rows, int max, long seed) {
        if (rows.size() <= max) {
            return rows;
        }
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, max));
    }
}
