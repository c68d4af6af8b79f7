package org.recbridge.data.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.recbridge.data.ColumnRole;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.ImportOptions;

/**
 * The first rows of a table exactly as the importer sees them (same format detection, encoding and role
 * resolution, through {@link TableInput}), so a person can check a file before importing it. Nothing is
 * parsed beyond splitting cells: a bad value shows up when the file is imported.
 *
 * @param delimiter   as read; null when split on whitespace
 * @param interactions whether the roles make it an interaction file (a USER and an ITEM column)
 * @param roles       column names and resolved roles, in file order
 * @param rows        up to the requested number of rows, one value per column; a row with the wrong number of
 *                    cells is shown as read
 */
public record TablePreview(String file, String format, String delimiter, String encoding, boolean interactions,
                           Map<String, ColumnRole> roles, List<List<String>> rows) {

    public static TablePreview read(Path file, ImportOptions options, int maxRows) throws IOException, DataFormatException {
        try (TableInput input = TableInput.open(file, options)) {
            List<List<String>> rows = new ArrayList<>();
            Row row;
            while (rows.size() < maxRows && (row = input.next()) != null) {
                rows.add(Collections.unmodifiableList(Arrays.asList(shown(input, row))));
            }
            return new TablePreview(input.fileName(), input.formatId(), input.delimiter(), input.encoding(),
                    input.isInteractionTable(), input.roles(), List.copyOf(rows));
        }
    }

    /** The delimiter as people read it: ",", "tab", "whitespace"... */
    public String delimiterText() {
        return Texts.describe(delimiter);
    }

    /** One value per column, or the raw cells of a row with the wrong count (the import will name it). */
    private static String[] shown(TableInput input, Row row) {
        try {
            return input.cells(row);
        } catch (DataFormatException e) {
            return row.cells();
        }
    }
}
