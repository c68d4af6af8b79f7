package org.recbridge.data;

import java.util.Map;

/**
 * How to read a file.
 *
 * @param format       "auto" or an importer id ("delimited", "movielens", "recbole", "whitespace")
 * @param roles        column roles that override the detected ones, by column name
 * @param duplicates   how repeated (user, item) pairs are merged
 * @param skipBadRows  skip and count malformed rows instead of failing on the first one
 */
public record ImportOptions(String format, Map<String, ColumnRole> roles, DuplicatePolicy duplicates, boolean skipBadRows) {
    public ImportOptions {
        format = format == null ? "auto" : format;
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        duplicates = duplicates == null ? DuplicatePolicy.KEEP_LAST : duplicates;
    }

    public static ImportOptions defaults() {
        return new ImportOptions("auto", Map.of(), DuplicatePolicy.KEEP_LAST, false);
    }

    public ImportOptions withSkipBadRows(boolean skip) {
        return new ImportOptions(format, roles, duplicates, skip);
    }
}
