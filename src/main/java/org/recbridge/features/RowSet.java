package org.recbridge.features;

import java.util.List;
import org.recbridge.task.RedrawnNegatives;
import org.recbridge.task.Row;

/**
 * Rows with the featurizer that encodes them, not yet encoded: a learner given these encodes each row straight
 * into its compact training form, so a million rows never sit in memory as {@link EncodedRow}s too.
 */
public record RowSet(Featurizer featurizer, List<Row> rows) {
    public RowSet {
        // redrawn rows are immutable already, and must stay recognisable for the learner's epochs
        rows = rows instanceof RedrawnNegatives ? rows : java.util.Collections.unmodifiableList(rows);
    }

    /** The set with its rows of {@code epoch}: its sampled negatives drawn afresh where the rows redraw them. */
    public RowSet forEpoch(int epoch) {
        return rows instanceof RedrawnNegatives r ? new RowSet(featurizer, r.forEpoch(epoch)) : this;
    }

    /** Whether any set draws its negatives afresh each epoch. */
    public static boolean redraws(List<RowSet> sets) {
        return sets.stream().anyMatch(s -> s.rows() instanceof RedrawnNegatives);
    }

    public static int size(List<RowSet> sets) {
        return sets.stream().mapToInt(s -> s.rows().size()).sum();
    }

    /** The {@code index}-th row of the sets taken in order, encoded. */
    public static EncodedRow encode(List<RowSet> sets, int index) {
        int i = index;
        for (RowSet s : sets) {
            if (i < s.rows().size()) {
                return s.featurizer().encode(s.rows().get(i));
            }
            i -= s.rows().size();
        }
        throw new IndexOutOfBoundsException(index);
    }
}
