package org.recbridge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.recbridge.data.ColumnRole;

class FileInspectorTest {
    @Test
    void interactionFileReport() throws Exception {
        InspectReport report = FileInspector.inspect(TestData.path("ratings.csv"), TestData.options());
        assertEquals(InspectReport.INTERACTIONS, report.kind());
        assertEquals("delimited", report.format());
        assertEquals("UTF-8", report.encoding());
        assertEquals(3, report.rows());
        assertEquals(2, report.users());
        assertEquals(2, report.items());
        assertEquals(Map.of("2.5", 1L, "4", 1L, "4.5", 1L), report.ratingHistogram());
        assertEquals(java.util.List.of("2.5", "4", "4.5"), java.util.List.copyOf(report.ratingHistogram().keySet()));
    }

    @Test
    void minusZeroAndZeroAreOneRating() {
        org.recbridge.data.Interactions inter = new org.recbridge.data.Interactions(
                org.recbridge.data.DuplicatePolicy.KEEP_LAST);
        inter.add("u1", "i1", -0.0, 1);
        inter.add("u1", "i2", 0.0, 2);
        inter.add("u2", "i1", 1, 3);
        assertEquals(Map.of("0", 2L, "1", 1L), FileInspector.histogram(inter));
    }

    @Test
    void manyDistinctRatingsAreEachCountedInOrder() {
        // far more values than the counting table starts with: it grows and keeps every count
        org.recbridge.data.Interactions inter = new org.recbridge.data.Interactions(
                org.recbridge.data.DuplicatePolicy.KEEP_LAST);
        java.util.Random random = new java.util.Random(3);
        java.util.TreeMap<Float, Long> expected = new java.util.TreeMap<>();
        for (int r = 0; r < 20_000; r++) {
            float value = random.nextInt(1500) / 4f - 100;
            inter.add("u" + r, "i" + (r % 7), value, r);
            expected.merge(value, 1L, Long::sum);
        }
        inter.add("u-nan", "i1", Double.NaN, 0); // no rating: no bar
        java.util.Map<String, Long> histogram = FileInspector.histogram(inter);
        assertEquals(expected.size(), histogram.size());
        java.util.Iterator<Map.Entry<Float, Long>> want = expected.entrySet().iterator();
        histogram.forEach((label, count) -> {
            Map.Entry<Float, Long> next = want.next();
            assertEquals(next.getKey(), Float.parseFloat(label), label);
            assertEquals(next.getValue(), count, label);
        });
    }

    @Test
    void textIsAligned() throws Exception {
        String text = FileInspector.inspect(TestData.path("ratings.csv"), TestData.options()).toText();
        assertTrue(text.startsWith("file       ratings.csv\nkind       interactions\nformat     delimited\n"), text);
        assertTrue(text.contains("columns\n  userId     USER\n  movieId    ITEM\n  rating     RATING\n  timestamp  TIMESTAMP\n"), text);
        assertTrue(text.contains("ratings\n  2.5  1  ########################################\n"), text);
    }

    @Test
    void sideTableReportAndJson() throws Exception {
        InspectReport report = FileInspector.inspect(TestData.path("u.item"), TestData.options());
        assertEquals(InspectReport.SIDE_TABLE, report.kind());
        assertEquals("ISO-8859-1", report.encoding());
        assertEquals("movieId", report.keyColumn());
        assertEquals(Map.of("year", ColumnRole.NUMERIC, "genres", ColumnRole.TOKENS), report.featureColumns());
        assertEquals(5, report.items());

        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertEquals("movielens", json.get("format").asText());
        assertEquals("|", json.get("delimiter").asText());
        assertEquals("TOKENS", json.get("featureColumns").get("genres").asText());
        assertEquals("IGNORE", json.get("columns").get("title").asText());
        assertEquals(5, json.get("rows").asInt());
    }
}
