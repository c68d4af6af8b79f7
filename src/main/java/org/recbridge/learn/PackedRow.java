package org.recbridge.learn;

import java.util.Arrays;

/**
 * One training row's feature ids and values, in id order (the bias last where the trainer adds one), filled
 * from {@link TrainingRows} into arrays reused from row to row: the in-place steps read it instead of a Tribuo
 * {@link SparseVector}, which cost an allocation of three objects per training step.
 */
final class PackedRow {
    int[] ids = new int[8];
    double[] values = new double[8];
    int size;
    /** The vector's dimension: the number of features, plus one for a bias. */
    int dimension;

    void reserve(int n) {
        if (ids.length < n) {
            ids = Arrays.copyOf(ids, n * 2);
            values = Arrays.copyOf(values, n * 2);
        }
    }
}
