package org.recbridge.export.model;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.data.Interactions;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;

/**
 * New (user, item) pairs to score with a saved model, labelled as the run labelled its rows (like by the saved
 * threshold, or the rating) where the data has a rating. Implicit-feedback data has no labels to score against:
 * every pair in it is an observed one.
 *
 * @param labels each row's label, NaN where it has none
 */
public record NewPairs(List<Row> rows, double[] labels) {
    public static NewPairs of(Interactions interactions, ModelManifest model) {
        TaskKind task = model.task();
        boolean labelled = task != TaskKind.IMPLICIT && interactions.hasRatings();
        List<Row> rows = new ArrayList<>(interactions.size());
        double[] labels = new double[interactions.size()];
        for (int r = 0; r < interactions.size(); r++) {
            double rating = interactions.rating(r);
            double label = !labelled || Double.isNaN(rating) ? Double.NaN
                    : task.isRegression() ? rating : rating >= model.likeThreshold() ? 1 : 0;
            labels[r] = label;
            rows.add(new Row(interactions.userId(r), interactions.itemId(r), Double.isNaN(label) ? 0 : label, rating, 1));
        }
        return new NewPairs(rows, labels);
    }

    /** How many rows have a label. */
    public int labelledCount() {
        int n = 0;
        for (double l : labels) {
            n += Double.isNaN(l) ? 0 : 1;
        }
        return n;
    }
}
