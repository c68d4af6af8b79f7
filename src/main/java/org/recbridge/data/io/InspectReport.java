package org.recbridge.data.io;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.recbridge.data.ColumnRole;

/**
 * What {@link FileInspector} found in a file.
 *
 * @param kind            "interactions" or "side table"
 * @param delimiter       as read; null when split on whitespace
 * @param rows            data rows read
 * @param users           distinct users (side table: keys, when keyed by a USER column)
 * @param items           distinct items (side table: keys, when keyed by an ITEM column)
 * @param ratingHistogram rating value to count after duplicate merging, ascending; empty for side tables
 *                        and files without ratings
 * @param keyColumn       the key column of a side table, null for interactions
 * @param featureColumns  the feature columns of a side table, empty for interactions
 */
public record InspectReport(String file, String format, String delimiter, String encoding, String kind,
                            Map<String, ColumnRole> columns, long rows, long badRowsSkipped, List<String> badRowMessages,
                            int duplicatesMerged, int users, int items, Map<String, Long> ratingHistogram,
                            String keyColumn, Map<String, ColumnRole> featureColumns) {
    public static final String INTERACTIONS = "interactions";
    public static final String SIDE_TABLE = "side table";

    /** Loaded on the first toJson only: Jackson's classes add a tenth of a second to a text-only inspect. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write inspect report as JSON", e);
        }
    }

    /** Aligned text for a terminal. */
    public String toText() {
        TextBlock out = new TextBlock();
        out.field("file", file);
        out.field("kind", kind);
        out.field("format", format);
        out.field("delimiter", Texts.describe(delimiter));
        out.field("encoding", encoding);
        out.field("rows", String.valueOf(rows));
        if (badRowsSkipped > 0) {
            out.field("bad rows", badRowsSkipped + " skipped");
            badRowMessages.forEach(m -> out.line("    " + m));
        }
        if (kind.equals(INTERACTIONS)) {
            out.field("users", String.valueOf(users));
            out.field("items", String.valueOf(items));
            out.field("duplicates", duplicatesMerged + " merged");
        } else {
            out.field("key", keyColumn + " (" + (users > 0 ? users + " users" : items + " items") + ")");
        }
        out.line("columns");
        out.table(columns);
        if (!ratingHistogram.isEmpty()) {
            out.line("ratings");
            out.histogram(ratingHistogram);
        }
        return out.toString();
    }
}
