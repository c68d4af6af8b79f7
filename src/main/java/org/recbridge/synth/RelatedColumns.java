package org.recbridge.synth;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.FeatureTable;

/**
 * Adds numeric side columns that depend on an existing one (a line plus noise), so that redundancy diagnostics
 * (correlations, feature ranking) have real relations to find: the generator's own tables hold one numeric column
 * each. A key's noise depends only on the seed and the key, so a user in both domains' tables gets the same values.
 */
public final class RelatedColumns {
    /**
     * One new column: {@code intercept + slope × base + noise} with Gaussian noise of standard deviation
     * {@code noise}, rounded to two decimals; slope 0 gives a column unrelated to the base.
     */
    public record Column(String name, double intercept, double slope, double noise) {
    }

    private RelatedColumns() {
    }

    /** {@code table} with {@code columns} appended; a key without a {@code base} value gets none either. */
    public static FeatureTable add(FeatureTable table, String base, List<Column> columns, long seed) {
        List<String> names = List.copyOf(table.columns().keySet());
        int b = names.indexOf(base);
        if (b < 0 || table.columns().get(base) != ColumnRole.NUMERIC) {
            throw new IllegalArgumentException("no numeric column " + base + " in the " + table.keyColumn()
                    + " table (columns: " + names + ")");
        }
        Map<String, ColumnRole> all = new LinkedHashMap<>(table.columns());
        for (Column c : columns) {
            if (all.putIfAbsent(c.name(), ColumnRole.NUMERIC) != null) {
                throw new IllegalArgumentException("the " + table.keyColumn() + " table has a column " + c.name());
            }
        }
        FeatureTable out = new FeatureTable(table.keyColumn(), all);
        for (String key : table.keys().names()) {
            Object[] old = table.values(key);
            Object[] values = Arrays.copyOf(old, all.size());
            Random noise = new Random(seed * 1_000_003L + key.hashCode()); // String.hashCode is fixed by the JLS
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                double n = noise.nextGaussian() * c.noise();
                values[old.length + i] = old[b] instanceof Double x
                        ? Math.round((c.intercept() + c.slope() * x + n) * 100) / 100.0 : null;
            }
            out.put(key, values);
        }
        return out;
    }
}
