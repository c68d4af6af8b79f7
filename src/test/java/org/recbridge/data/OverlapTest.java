package org.recbridge.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlapTest {
    static Domain domain(String name, String[][] pairs, Map<String, ColumnRole> userColumns, Map<String, ColumnRole> itemColumns) {
        Interactions in = new Interactions(DuplicatePolicy.KEEP_LAST);
        for (String[] p : pairs) {
            in.add(p[0], p[1], 5, Interactions.NO_TIME);
        }
        return new Domain(name, in, userColumns.isEmpty() ? null : new FeatureTable("user", userColumns),
                itemColumns.isEmpty() ? null : new FeatureTable("item", itemColumns));
    }

    @Test
    void countsSharedUsersItemsAndFeatureNames() {
        Map<String, ColumnRole> ages = new LinkedHashMap<>(Map.of("age", ColumnRole.CATEGORICAL));
        Domain movies = domain("movies", new String[][] {{"a", "m1"}, {"b", "m2"}, {"c", "x"}}, ages,
                Map.of("genre", ColumnRole.CATEGORICAL, "year", ColumnRole.NUMERIC));
        Domain books = domain("books", new String[][] {{"b", "b1"}, {"c", "x"}, {"d", "b2"}, {"e", "b3"}}, ages,
                Map.of("genre", ColumnRole.CATEGORICAL, "pages", ColumnRole.NUMERIC));
        Overlap o = Overlap.of(movies, books);
        assertEquals(3, o.sourceUsers());
        assertEquals(4, o.targetUsers());
        assertEquals(2, o.sharedUsers());
        assertEquals(1, o.sharedItems());
        assertEquals(List.of("i.genre", "u.age"), o.sharedFeatures());
        assertEquals(0.5, o.sharedUserFraction());
        assertEquals("overlap movies -> books: 2 of 4 target users in the source (50%), 1 of 4 target items, "
                + "2 shared side features (i.genre, u.age)", o.toLine());
    }
}
