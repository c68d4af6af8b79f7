package org.recbridge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.recbridge.data.ColumnRole;

class TablePreviewTest {
    @Test
    void showsTheFirstRowsWithTheImportersRoles() throws Exception {
        TablePreview preview = TablePreview.read(TestData.path("bad_rating.csv"), TestData.options(), 2);
        assertEquals("delimited", preview.format());
        assertEquals(",", preview.delimiter());
        assertTrue(preview.interactions());
        assertEquals(List.of("user", "item", "rating"), List.copyOf(preview.roles().keySet()));
        assertEquals(ColumnRole.RATING, preview.roles().get("rating"));
        assertEquals(List.of(List.of("u1", "i1", "4"), List.of("u2", "i1", "5")), preview.rows());
    }

    @Test
    void aBadValueOrAShortRowIsShownNotRefused() throws Exception {
        assertEquals(List.of("u3", "i2", "4,5"),
                TablePreview.read(TestData.path("bad_rating.csv"), TestData.options(), 100).rows().get(2));
        assertEquals(List.of("u2", "i1"),
                TablePreview.read(TestData.path("short_row.csv"), TestData.options(), 100).rows().get(1));
    }

    @Test
    void roleOverridesAndFormatsAreTheImportersOwn() throws Exception {
        TablePreview preview = TablePreview.read(TestData.path("bad_rating.csv"),
                TestData.roles(Map.of("item", ColumnRole.IGNORE)), 100);
        assertFalse(preview.interactions());
        TablePreview movieLens = TablePreview.read(TestData.path("u.data"), TestData.options(), 100);
        assertEquals("movielens", movieLens.format());
        assertEquals("\t", movieLens.delimiter());
    }
}
