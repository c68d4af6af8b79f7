package org.recbridge.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The rows of one file that another holds too, by names and rating: what tells a copy of the target apart. */
class InteractionsSharedRowsTest {
    private static Interactions of(String... rows) {
        Interactions in = new Interactions(DuplicatePolicy.KEEP_LAST);
        for (String row : rows) {
            String[] cells = row.split(",");
            in.add(cells[0], cells[1], cells.length > 2 ? Double.parseDouble(cells[2]) : Double.NaN,
                    Interactions.NO_TIME);
        }
        in.compact();
        return in;
    }

    @Test
    void countsTheOtherFilesRowsHeldWithTheSameRating() {
        Interactions target = of("u1,i1,5", "u1,i2,3", "u2,i1,4", "u3,i9,1");
        // u1,i1 the same; u1,i2 another rating; u2,i1 the same; u3 has no i9 here; an unrelated row
        Interactions source = of("u2,i1,4", "u1,i2,2", "u1,i1,5", "u3,i8,1", "u4,i1,4");
        assertEquals(2, source.rowsAlsoIn(target));
        assertEquals(2, target.rowsAlsoIn(source), "the same pairs, counted from either side");
        assertEquals(4, target.rowsAlsoIn(target));
        // unrated rows (implicit data) match when both are unrated
        assertEquals(1, of("u1,i1", "u2,i2").rowsAlsoIn(of("u1,i1", "u2,i3")));
        assertEquals(0, of("u1,i1,5").rowsAlsoIn(of("x,i1,5", "u1,y,5")));
    }
}
