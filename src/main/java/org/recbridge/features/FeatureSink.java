package org.recbridge.features;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects the features of one row; a repeated name keeps its last value, at the place it was first added.
 * A row holds a handful of features, so names are found by a scan (an index is built only for wide rows):
 * a map of boxed doubles per row was most of the time of encoding a million rows.
 */
public final class FeatureSink {
    private static final int SCAN_LIMIT = 16;
    private String[] names = new String[8];
    private double[] values = new double[8];
    private int size;
    private Map<String, Integer> index;

    public void add(String name, double value) {
        if (value == 0 || Double.isNaN(value)) {
            return;
        }
        int at = indexOf(name);
        if (at >= 0) {
            values[at] = value;
            return;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        if (index != null) {
            index.put(name, size);
        }
        size++;
    }

    public void flag(String name) {
        add(name, 1.0);
    }

    private int indexOf(String name) {
        if (index == null && size > SCAN_LIMIT) {
            index = new HashMap<>();
            for (int i = 0; i < size; i++) {
                index.put(names[i], i);
            }
        }
        if (index != null) {
            Integer at = index.get(name);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Empties the sink for the next row (one sink encodes many rows without allocating). */
    public void clear() {
        size = 0;
        index = null;
    }

    public int size() {
        return size;
    }

    public String name(int i) {
        return names[i];
    }

    public double value(int i) {
        return values[i];
    }

    public EncodedRow toRow(double label, double weight) {
        return new EncodedRow(Arrays.copyOf(names, size), Arrays.copyOf(values, size), label, weight);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            out.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(values[i]);
        }
        return out.append(']').toString();
    }
}
