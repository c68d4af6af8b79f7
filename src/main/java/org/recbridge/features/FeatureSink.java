package org.recbridge.features;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the features of one row; a repeated name keeps its last value. */
public final class FeatureSink {
    private final Map<String, Double> features = new LinkedHashMap<>();

    public void add(String name, double value) {
        if (value != 0 && !Double.isNaN(value)) {
            features.put(name, value);
        }
    }

    public void flag(String name) {
        add(name, 1.0);
    }

    public EncodedRow toRow(double label, double weight) {
        String[] names = features.keySet().toArray(new String[0]);
        double[] values = new double[names.length];
        int i = 0;
        for (double v : features.values()) {
            values[i++] = v;
        }
        return new EncodedRow(names, values, label, weight);
    }

    @Override
    public String toString() {
        return Arrays.toString(features.entrySet().toArray());
    }
}
