package org.recbridge.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowViewsTest {
    @Test
    void aViewMakesEachRowWhenItIsRead() {
        List<Row> rows = List.of(new Row("u1", "i1", 1, 5, 1), new Row("u2", "i2", 0, 1, 2));
        List<Integer> reads = new ArrayList<>();
        List<Row> halved = RowViews.of(rows.size(), i -> {
            reads.add(i);
            return rows.get(i).withWeight(rows.get(i).weight() / 2);
        });
        assertEquals(List.of(), reads, "nothing is made before it is read");
        assertEquals(2, halved.size());
        assertEquals(new Row("u2", "i2", 0, 1, 1), halved.get(1));
        assertEquals(List.of(new Row("u1", "i1", 1, 5, 0.5), new Row("u2", "i2", 0, 1, 1)), List.copyOf(halved));
        assertEquals(List.of(1, 0, 1), reads);
    }

    @Test
    void readingOutsideTheViewFails() {
        List<Row> empty = RowViews.of(0, i -> {
            throw new AssertionError("not to be called");
        });
        assertEquals(0, empty.size());
        assertThrows(IndexOutOfBoundsException.class, () -> empty.get(0));
        assertThrows(IndexOutOfBoundsException.class, () -> RowViews.of(3, i -> null).get(-1));
    }
}
