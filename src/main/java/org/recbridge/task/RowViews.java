package org.recbridge.task;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * Rows seen another way (re-weighted, relabelled, a subset) without copying them: each row is made when it is
 * read, so strategies that re-weight a million source rows stream them into the learner instead of holding
 * them twice.
 */
public final class RowViews {
    private RowViews() {
    }

    /** A list of {@code size} rows whose {@code i}-th is {@code row.apply(i)}, made on every read. */
    public static List<Row> of(int size, IntFunction<Row> row) {
        return new View(size, row);
    }

    private static final class View extends AbstractList<Row> implements RandomAccess {
        private final int size;
        private final IntFunction<Row> row;

        View(int size, IntFunction<Row> row) {
            this.size = size;
            this.row = row;
        }

        @Override
        public Row get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return row.apply(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
