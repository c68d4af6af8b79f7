package org.recbridge.features;

/**
 * A row as sparse named features plus its label and weight: what a learner trains on, independent of
 * the Tribuo output type.
 */
public record EncodedRow(String[] names, double[] values, double label, double weight) {
    public EncodedRow {
        if (names.length != values.length) {
            throw new IllegalArgumentException("names and values differ in length");
        }
    }

    /** The same features and label with another example weight (strategies re-weight encoded rows). */
    public EncodedRow withWeight(double w) {
        return new EncodedRow(names, values, label, w);
    }
}
