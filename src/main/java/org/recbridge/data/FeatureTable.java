package org.recbridge.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Side features of users or items, keyed by id. Each column has a feature role (categorical, tokens or
 * numeric). Values are kept as parsed: a String for categorical and tokens (tokens split on space or '|'),
 * a Double for numeric; a missing value is null.
 */
public final class FeatureTable implements java.io.Serializable {
    private final String keyColumn;
    private final Map<String, ColumnRole> columns = new LinkedHashMap<>();
    private final IdIndex keys = new IdIndex();
    private final List<Object[]> rows = new ArrayList<>();

    public FeatureTable(String keyColumn, Map<String, ColumnRole> featureColumns) {
        this.keyColumn = keyColumn;
        featureColumns.forEach((name, role) -> {
            if (!role.isFeature()) {
                throw new IllegalArgumentException("column " + name + " is not a feature column: " + role);
            }
            columns.put(name, role);
        });
    }

    /** Sets the values of one key; a later row for the same key replaces the earlier one. */
    public void put(String key, Object[] values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
        }
        int id = keys.idOf(key);
        if (id == rows.size()) {
            rows.add(values.clone());
        } else {
            rows.set(id, values.clone());
        }
    }

    public String keyColumn() {
        return keyColumn;
    }

    /** Feature column names and roles, in file order. */
    public Map<String, ColumnRole> columns() {
        return Collections.unmodifiableMap(columns);
    }

    public int size() {
        return rows.size();
    }

    public IdIndex keys() {
        return keys;
    }

    public boolean contains(String key) {
        return keys.contains(key);
    }

    /** The values of {@code key} in column order, or null if the key is unknown. */
    public Object[] values(String key) {
        int id = keys.find(key);
        return id < 0 ? null : rows.get(id);
    }

    /** The same table with its keys renamed (one to one). */
    public FeatureTable renamed(UnaryOperator<String> rename) {
        FeatureTable out = new FeatureTable(keyColumn, columns);
        for (int id = 0; id < rows.size(); id++) {
            out.put(rename.apply(keys.name(id)), rows.get(id));
        }
        return out;
    }

    /** Splits a tokens value ("Action|Comedy" or "action comedy") into its tokens. */
    public static List<String> tokens(String value) {
        List<String> out = new ArrayList<>();
        for (String t : value.split("[|\\s,]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
