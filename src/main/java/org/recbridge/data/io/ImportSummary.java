package org.recbridge.data.io;

import java.util.List;
import java.util.Map;

import org.recbridge.data.ColumnRole;

/**
 * What happened when one file was imported.
 *
 * @param file             file name
 * @param kind             "interactions", "user features" or "item features"
 * @param format           format id
 * @param delimiter        cell delimiter, or null when split on whitespace
 * @param columns          column names and roles, in file order
 * @param rowsRead         data rows read
 * @param rowsImported     rows accepted (duplicates merged into earlier rows included)
 * @param badRowsSkipped   rows skipped as malformed (only with skipBadRows)
 * @param badRowMessages   the first few messages about skipped rows
 * @param duplicatesMerged rows merged into an earlier row for the same pair (or key, for side tables)
 * @param users            distinct users (for a user side table: its keys)
 * @param items            distinct items (for an item side table: its keys)
 */
public record ImportSummary(String file, String kind, String format, String delimiter, Map<String, ColumnRole> columns,
                            long rowsRead, long rowsImported, long badRowsSkipped, List<String> badRowMessages,
                            int duplicatesMerged, int users, int items) {
    public static final String INTERACTIONS = "interactions";
    public static final String USER_FEATURES = "user features";
    public static final String ITEM_FEATURES = "item features";

    /** One readable line: what was read, what was skipped or merged. */
    public String toLine() {
        StringBuilder s = new StringBuilder(String.format("%s (%s, %s): %d rows read, %d imported", file, kind, format,
                rowsRead, rowsImported));
        if (badRowsSkipped > 0) {
            s.append(", ").append(badRowsSkipped).append(" bad rows skipped");
            if (!badRowMessages.isEmpty()) {
                s.append(" (first: ").append(badRowMessages.get(0)).append(')');
            }
        }
        if (duplicatesMerged > 0) {
            s.append(", ").append(duplicatesMerged).append(" duplicates merged");
        }
        if (INTERACTIONS.equals(kind)) {
            s.append(String.format(", %d users, %d items", users, items));
        }
        return s.toString();
    }
}
