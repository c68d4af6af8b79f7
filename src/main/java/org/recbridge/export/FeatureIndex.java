package org.recbridge.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.features.EncodedRow;

/**
 * Numbers feature names from 1 in order of first use, shared by every file of one seed, so that source and
 * target rows written apart land in one feature space (as pooled training sees them).
 */
final class FeatureIndex {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** The row as an svmlight line: label, then {@code index:value} pairs in increasing index order. */
    String line(EncodedRow row) {
        int n = row.names().length;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) id(row.names()[i]) << 32) | i;
        }
        java.util.Arrays.sort(packed);
        StringBuilder s = new StringBuilder(number(row.label()));
        for (long p : packed) {
            s.append(' ').append(p >>> 32).append(':').append(number(row.values()[(int) p]));
        }
        return s.toString();
    }

    List<String> names() {
        return names;
    }

    private int id(String name) {
        return ids.computeIfAbsent(name, k -> {
            names.add(k);
            return names.size();
        });
    }

    /** Whole numbers without ".0", others exactly (round-trip); NaN (no rating) as empty. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
