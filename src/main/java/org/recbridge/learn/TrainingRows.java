package org.recbridge.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.features.EncodedRow;
import org.recbridge.features.FeatureSink;
import org.recbridge.features.RowSet;
import org.recbridge.task.Row;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableFeatureMap;
import org.tribuo.MutableOutputInfo;
import org.tribuo.Output;
import org.tribuo.math.la.SparseVector;
import org.tribuo.provenance.DataProvenance;
import org.tribuo.provenance.DatasetProvenance;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Training rows as the SGD loop consumes them: Tribuo's feature and output maps, built as a
 * {@code MutableDataset} builds them (so feature ids, and thus results, are the same), and the rows' feature
 * ids and values packed in three arrays (compressed sparse rows), with one target and weight per row. A row
 * becomes a Tribuo {@link SparseVector} only for its training step. At a million rows, the
 * {@code ArrayExample}s, dataset and per-row vectors this replaces held about 400 MB of heap; these arrays
 * hold about 80 bytes a row.
 */
final class TrainingRows<T extends Output<T>, U> {
    private final ImmutableFeatureMap featureMap;
    private final ImmutableOutputInfo<T> outputInfo;
    private final int[] offsets;
    private final int[] ids;
    private final double[] values;
    private final List<U> targets;
    private final double[] weights;
    private final boolean bias;
    private final DatasetProvenance provenance;

    private TrainingRows(Builder<T> b, ImmutableFeatureMap featureMap, ImmutableOutputInfo<T> outputInfo,
                         List<U> targets, boolean bias, DatasetProvenance provenance) {
        this.featureMap = featureMap;
        this.outputInfo = outputInfo;
        this.offsets = Arrays.copyOf(b.offsets, b.rows + 1);
        this.ids = b.ids;
        this.values = b.values;
        this.targets = targets;
        this.weights = Arrays.copyOf(b.weights, b.rows);
        this.bias = bias;
        this.provenance = provenance;
    }

    static <T extends Output<T>, U> TrainingRows<T, U> of(List<EncodedRow> rows, OutputAdapter<T> outputs,
                                                         SgdHooks<T, U, ?> hooks, WarmStart warmStart) {
        Builder<T> b = new Builder<>(outputs, rows.size());
        for (EncodedRow r : rows) {
            b.add(r.names(), r.values(), r.names().length, r.label(), r.weight());
        }
        return b.build(hooks, warmStart);
    }

    /** Encodes the sets' rows in order straight into the packed arrays. */
    static <T extends Output<T>, U> TrainingRows<T, U> encode(List<RowSet> sets, OutputAdapter<T> outputs,
                                                             SgdHooks<T, U, ?> hooks, WarmStart warmStart) {
        Builder<T> b = new Builder<>(outputs, RowSet.size(sets));
        FeatureSink sink = new FeatureSink();
        String[] names = new String[0];
        double[] vals = new double[0];
        for (RowSet set : sets) {
            for (Row row : set.rows()) {
                sink.clear();
                set.featurizer().addFeatures(row, sink);
                int n = sink.size();
                if (names.length < n) {
                    names = new String[n * 2];
                    vals = new double[n * 2];
                }
                for (int f = 0; f < n; f++) {
                    names[f] = sink.name(f);
                    vals[f] = sink.value(f);
                }
                b.add(names, vals, n, row.label(), row.weight());
            }
        }
        return b.build(hooks, warmStart);
    }

    ImmutableFeatureMap featureMap() {
        return featureMap;
    }

    ImmutableOutputInfo<T> outputInfo() {
        return outputInfo;
    }

    DatasetProvenance provenance() {
        return provenance;
    }

    int size() {
        return weights.length;
    }

    U target(int row) {
        return targets.get(row);
    }

    double weight(int row) {
        return weights[row];
    }

    /** Fills {@code into} with the row's features by id, in id order, with the bias last where Tribuo's trainer adds one. */
    void fill(int row, PackedRow into) {
        int from = offsets[row];
        int n = offsets[row + 1] - from;
        int extra = bias ? 1 : 0;
        into.reserve(n + extra);
        System.arraycopy(ids, from, into.ids, 0, n);
        System.arraycopy(values, from, into.values, 0, n);
        into.dimension = featureMap.size() + extra;
        into.size = n + extra;
        if (bias) {
            into.ids[n] = into.dimension - 1;
            into.values[n] = 1.0;
        }
    }

    /** The row's features as a Tribuo vector, as {@link #fill} packs them. */
    SparseVector vector(int row) {
        PackedRow r = new PackedRow();
        fill(row, r);
        return r.toSparseVector();
    }

    /** Collects rows with names numbered in order of first sight; ids are fixed once all names are known. */
    private static final class Builder<T extends Output<T>> {
        private final OutputAdapter<T> outputs;
        private final MutableFeatureMap features = new MutableFeatureMap();
        private final MutableOutputInfo<T> outputInfo;
        private final Map<Double, T> outputByLabel = new HashMap<>();
        private final Map<String, Integer> localIds = new HashMap<>();
        private final List<String> localNames = new ArrayList<>();
        private int[] offsets;
        private int[] ids;
        private double[] values;
        private double[] weights;
        private double[] labels;
        private int rows;

        Builder(OutputAdapter<T> outputs, int expectedRows) {
            this.outputs = outputs;
            this.outputInfo = outputs.factory().generateInfo();
            offsets = new int[expectedRows + 1];
            weights = new double[Math.max(1, expectedRows)];
            labels = new double[weights.length];
            ids = new int[Math.max(8, expectedRows * 6)];
            values = new double[ids.length];
        }

        void add(String[] names, double[] vals, int n, double label, double weight) {
            T output = outputByLabel.computeIfAbsent(label, outputs::output);
            outputInfo.observe(output);
            int at = offsets[rows];
            if (at + n > ids.length) {
                int capacity = Math.max(at + n, ids.length + ids.length / 2);
                ids = Arrays.copyOf(ids, capacity);
                values = Arrays.copyOf(values, capacity);
            }
            for (int f = 0; f < n; f++) {
                features.add(names[f], vals[f]);
                Integer local = localIds.get(names[f]);
                if (local == null) {
                    local = localNames.size();
                    localIds.put(names[f], local);
                    localNames.add(names[f]);
                }
                ids[at + f] = local;
                values[at + f] = vals[f];
            }
            if (rows + 1 >= offsets.length || rows >= weights.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
                weights = Arrays.copyOf(weights, weights.length * 2);
                labels = Arrays.copyOf(labels, labels.length * 2);
            }
            // Tribuo keeps example weights as floats
            weights[rows] = (float) weight;
            labels[rows] = label;
            rows++;
            offsets[rows] = at + n;
        }

        <U> TrainingRows<T, U> build(SgdHooks<T, U, ?> hooks, WarmStart warmStart) {
            ImmutableFeatureMap own = new ImmutableFeatureMap(features);
            ImmutableFeatureMap featureMap = warmStart == null ? own : warmStart.featureMap(own);
            int[] idOf = new int[localNames.size()];
            for (int l = 0; l < idOf.length; l++) {
                idOf[l] = featureMap.getID(localNames.get(l));
            }
            for (int r = 0; r < rows; r++) {
                for (int k = offsets[r]; k < offsets[r + 1]; k++) {
                    ids[k] = idOf[ids[k]];
                }
                sortById(offsets[r], offsets[r + 1]);
            }
            ImmutableOutputInfo<T> outputIds = outputInfo.generateImmutableOutputInfo();
            Map<Double, U> targetOf = new HashMap<>();
            List<U> targets = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                targets.add(targetOf.computeIfAbsent(labels[r], l -> hooks.target(outputIds, outputByLabel.get(l))));
            }
            DataProvenance source = new SimpleDataSourceProvenance("recbridge training rows", outputs.factory());
            DatasetProvenance provenance = new RowsProvenance(source, rows, own.size(), outputIds.size());
            ids = Arrays.copyOf(ids, offsets[rows]);
            values = Arrays.copyOf(values, offsets[rows]);
            return new TrainingRows<>(this, featureMap, outputIds, targets, hooks.addsBias(), provenance);
        }

        /** Insertion sort of one row's (id, value) pairs: rows hold a handful of features. */
        private void sortById(int from, int to) {
            for (int i = from + 1; i < to; i++) {
                int id = ids[i];
                double v = values[i];
                int j = i - 1;
                while (j >= from && ids[j] > id) {
                    ids[j + 1] = ids[j];
                    values[j + 1] = values[j];
                    j--;
                }
                ids[j + 1] = id;
                values[j + 1] = v;
            }
        }
    }
}
