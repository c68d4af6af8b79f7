package org.recbridge.data.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.recbridge.data.ColumnRole;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.FeatureTable;
import org.recbridge.data.ImportOptions;

/**
 * Streams a user or item side table into a {@link FeatureTable}. The key is the first column with the
 * wanted role (USER or ITEM), else the first USER or ITEM column, else the first column; the feature
 * columns are those with a feature role. A repeated key replaces the earlier row and counts as a duplicate.
 */
public final class FeatureTableImporter {
    private FeatureTableImporter() {
    }

    /** @param side USER for a user table, ITEM for an item table */
    public static Imported<FeatureTable> importFile(Path file, ColumnRole side, ImportOptions options)
            throws IOException, DataFormatException {
        try (TableInput input = TableInput.open(file, options)) {
            return importFrom(input, side, options);
        }
    }

    public static Imported<FeatureTable> importFrom(TableInput input, ColumnRole side, ImportOptions options)
            throws IOException, DataFormatException {
        int key = keyColumn(input, side);
        List<String> columns = input.columns();
        List<Integer> featureIndex = new ArrayList<>();
        Map<String, ColumnRole> features = new LinkedHashMap<>();
        int c = 0;
        for (ColumnRole role : input.roles().values()) {
            if (c != key && role.isFeature()) {
                featureIndex.add(c);
                features.put(columns.get(c), role);
            }
            c++;
        }
        FeatureTable table = new FeatureTable(columns.get(key), features);
        BadRows bad = new BadRows(options.skipBadRows());
        long read = 0;
        long imported = 0;
        int duplicates = 0;
        for (Row row = input.next(); row != null; row = input.next()) {
            read++;
            try {
                String[] cells = input.cells(row);
                String id = InteractionImporter.id(input, row, key, cells[key]);
                Object[] values = new Object[featureIndex.size()];
                for (int f = 0; f < values.length; f++) {
                    int col = featureIndex.get(f);
                    try {
                        values[f] = ValueParser.feature(features.get(columns.get(col)), cells[col]);
                    } catch (IllegalArgumentException e) {
                        throw input.error(row, col, e.getMessage());
                    }
                }
                if (table.contains(id)) {
                    duplicates++;
                }
                table.put(id, values);
                imported++;
            } catch (DataFormatException e) {
                bad.add(e);
            }
        }
        boolean users = side == ColumnRole.USER;
        ImportSummary summary = new ImportSummary(input.fileName(), users ? ImportSummary.USER_FEATURES : ImportSummary.ITEM_FEATURES,
                input.formatId(), input.delimiter(), input.roles(), read, imported, bad.count(), bad.messages(),
                duplicates, users ? table.size() : 0, users ? 0 : table.size());
        return new Imported<>(table, summary);
    }

    /** The side a table describes when the caller does not say: USER if it has a USER column, else ITEM. */
    public static ColumnRole guessSide(TableInput input) {
        return input.indexOf(ColumnRole.USER) >= 0 ? ColumnRole.USER : ColumnRole.ITEM;
    }

    private static int keyColumn(TableInput input, ColumnRole side) {
        int key = input.indexOf(side);
        if (key < 0) {
            key = input.indexOf(ColumnRole.USER);
        }
        if (key < 0) {
            key = input.indexOf(ColumnRole.ITEM);
        }
        return Math.max(key, 0);
    }
}
