package org.recbridge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.recbridge.data.ColumnRole.CATEGORICAL;
import static org.recbridge.data.ColumnRole.IGNORE;
import static org.recbridge.data.ColumnRole.ITEM;
import static org.recbridge.data.ColumnRole.NUMERIC;
import static org.recbridge.data.ColumnRole.RATING;
import static org.recbridge.data.ColumnRole.TIMESTAMP;
import static org.recbridge.data.ColumnRole.TOKENS;
import static org.recbridge.data.ColumnRole.USER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.DataFormatException;

class RoleDetectionTest {
    @Test
    void rolesFromNames() {
        assertEquals(USER, RoleDetector.fromName("User-ID"));
        assertEquals(USER, RoleDetector.fromName("customer"));
        assertEquals(ITEM, RoleDetector.fromName("movieId"));
        assertEquals(ITEM, RoleDetector.fromName("ISBN"));
        assertEquals(RATING, RoleDetector.fromName("Book-Rating"));
        assertEquals(RATING, RoleDetector.fromName("stars"));
        assertEquals(TIMESTAMP, RoleDetector.fromName("date"));
        assertNull(RoleDetector.fromName("city"));
    }

    @Test
    void rolesFromValues() {
        assertEquals(NUMERIC, RoleDetector.fromValues(List.of("1", "2.5", "", "-3")));
        assertEquals(CATEGORICAL, RoleDetector.fromValues(List.of("Paris", "Lyon", "Paris")));
        assertEquals(TOKENS, RoleDetector.fromValues(List.of("a|b", "c|d", "e")));
        List<String> unique = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            unique.add("title " + i);
        }
        assertEquals(IGNORE, RoleDetector.fromValues(unique));
    }

    @Test
    void rolesOfDelimitedFiles() throws Exception {
        assertEquals(Map.of("user_id", USER, "item_id", ITEM, "rating", RATING, "timestamp", TIMESTAMP, "city", CATEGORICAL),
                roles("comma_bom.csv", Map.of()));
        assertEquals(List.of(USER, ITEM, RATING, CATEGORICAL), List.copyOf(roles("semicolon.csv", Map.of()).values()));
        assertEquals(List.of(ITEM, CATEGORICAL, TOKENS), List.copyOf(roles("items.csv", Map.of()).values()));
    }

    @Test
    void rolesOfRecBoleFilesComeFromTypes() throws Exception {
        assertEquals(List.of(USER, ITEM, RATING, TIMESTAMP), List.copyOf(roles("sample.inter", Map.of()).values()));
        assertEquals(List.of(USER, CATEGORICAL, CATEGORICAL, IGNORE), List.copyOf(roles("sample.user", Map.of()).values()));
        assertEquals(List.of(ITEM, TOKENS, CATEGORICAL, TOKENS, NUMERIC), List.copyOf(roles("sample.item", Map.of()).values()));
    }

    @Test
    void overrideWinsAndFreesTheRole() throws Exception {
        Map<String, ColumnRole> roles = roles("no_user.csv", Map.of("who", USER, "rating", IGNORE));
        assertEquals(List.of(USER, ITEM, IGNORE), List.copyOf(roles.values()));
        Map<String, ColumnRole> moved = roles("comma_bom.csv", Map.of("city", USER));
        assertEquals(USER, moved.get("city"));
        assertEquals(CATEGORICAL, moved.get("user_id"));
    }

    @Test
    void overrideOfUnknownColumnNamesFileAndColumns() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> roles("no_user.csv", Map.of("user", USER)));
        assertEquals("no_user.csv: role override names unknown column \"user\"; known columns: who, item, rating",
                e.getMessage());
    }

    private static Map<String, ColumnRole> roles(String file, Map<String, ColumnRole> overrides) throws Exception {
        try (TableInput input = TableInput.open(TestData.path(file), TestData.roles(overrides))) {
            return input.roles();
        }
    }
}
