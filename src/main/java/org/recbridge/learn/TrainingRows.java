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
import org.recbridge.util.CancelToken;
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
 * {@code MutableDataset} builds them (so feature ids, and thus results, are the same), and each row's weight,
 * target, feature ids and values packed in one block of an array. A row becomes a Tribuo {@link SparseVector}
 * only where a trainer has no in-place step. At a million rows, the {@code ArrayExample}s, dataset and per-row
 * vectors this replaces held about 400 MB of heap; these blocks hold about 90 bytes a row.
 */
final class TrainingRows<T extends Output<T>, U> {
    private static final int CANCEL_CHECK_EVERY = 8192;
    /** Rows whose mean size sizes the blocks of all the rows. */
    private static final int SIZING_SAMPLE = 4096;
    /** Room for rows somewhat wider than the sample's. */
    private static final double SIZING_SLACK = 1.05;
    private final ImmutableFeatureMap featureMap;
    private final ImmutableOutputInfo<T> outputInfo;
    /** Where each row's block starts in {@link #blocks}: the row's handle. */
    private final int[] offsets;
    /**
     * Each row's block, one after the other: the weight's bits; the target's index in {@link #targets} (high
     * half) and the feature count n (low half); the n feature ids, two to a long (the even one in the low half);
     * the n values' bits. The SGD loop visits rows in random order, so a row kept in one place costs one or two
     * cache misses where five arrays cost five: at a million rows, whose arrays outgrow the cache, that was a
     * fifth of an epoch.
     */
    private final long[] blocks;
    /** The distinct targets (one per label), shared by the rows. */
    private final List<U> targets;
    private final boolean bias;
    private final DatasetProvenance provenance;

    private TrainingRows(int[] offsets, long[] blocks, ImmutableFeatureMap featureMap,
                         ImmutableOutputInfo<T> outputInfo, List<U> targets, boolean bias,
                         DatasetProvenance provenance) {
        this.featureMap = featureMap;
        this.outputInfo = outputInfo;
        this.offsets = offsets;
        this.blocks = blocks;
        this.targets = targets;
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

    /**
     * Encodes the sets' rows in order straight into the packed arrays, checking {@code cancel} as it goes: a
     * million source rows take about a second.
     */
    static <T extends Output<T>, U> TrainingRows<T, U> encode(List<RowSet> sets, OutputAdapter<T> outputs,
                                                             SgdHooks<T, U, ?> hooks, WarmStart warmStart,
                                                             CancelToken cancel) {
        return encode(sets, new Builder<>(outputs, RowSet.size(sets)), cancel).build(hooks, warmStart);
    }

    /**
     * The sets' rows of each later epoch (their negatives drawn afresh) in the ids and outputs of these, the first
     * epoch's rows, which the parameters are sized and numbered for: a feature the first epoch never met (an item
     * only a later epoch drew) is left out, as Tribuo leaves out a feature it never trained on. The function holds
     * the maps, not these rows, so an epoch's rows can be collected once the next epoch's replace them.
     */
    java.util.function.IntFunction<TrainingRows<T, U>> laterEpochs(List<RowSet> sets, OutputAdapter<T> outputs,
                                                                   SgdHooks<T, U, ?> hooks, CancelToken cancel) {
        ImmutableFeatureMap ids = featureMap;
        ImmutableOutputInfo<T> outputIds = outputInfo;
        boolean withBias = bias;
        DatasetProvenance from = provenance;
        return epoch -> {
            List<RowSet> drawn = sets.stream().map(s -> s.forEpoch(epoch)).toList();
            return encode(drawn, new Builder<>(outputs, RowSet.size(drawn), ids), cancel)
                    .buildIn(ids, outputIds, hooks, withBias, from);
        };
    }

    private static <T extends Output<T>> Builder<T> encode(List<RowSet> sets, Builder<T> b, CancelToken cancel) {
        FeatureSink sink = new FeatureSink();
        String[] names = new String[0];
        double[] vals = new double[0];
        int encoded = 0;
        for (RowSet set : sets) {
            for (Row row : set.rows()) {
                if (++encoded % CANCEL_CHECK_EVERY == 0) {
                    cancel.check();
                }
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
        return b;
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
        return offsets.length;
    }

    /**
     * A fresh array of the rows' handles, in row order: where their blocks start. The SGD loop shuffles and
     * visits handles rather than row numbers, so reaching a row's block costs no look-up in a second array.
     */
    int[] handles() {
        return offsets.clone();
    }

    /**
     * Reads a word from each of the first two cache lines of a row's block, so that they are in the cache when
     * the row's turn comes: see {@link EpochLoop}. Returns something of them, for the caller to keep.
     */
    long touch(int handle) {
        return blocks[handle] ^ blocks[Math.min(handle + 8, blocks.length - 1)];
    }

    U target(int handle) {
        return targets.get((int) (blocks[handle + 1] >>> 32));
    }

    double weight(int handle) {
        return Double.longBitsToDouble(blocks[handle]);
    }

    /** Fills {@code into} with the row's (of that handle) features by id, in id order, with the bias last where Tribuo's trainer adds one. */
    void fill(int handle, PackedRow into) {
        int at = handle;
        int n = (int) blocks[at + 1];
        int extra = bias ? 1 : 0;
        into.reserve(n + extra);
        int idsAt = at + 2;
        int valuesAt = idsAt + (n + 1) / 2;
        for (int t = 0; t < n; t++) {
            long two = blocks[idsAt + (t >> 1)];
            into.ids[t] = (t & 1) == 0 ? (int) two : (int) (two >>> 32);
            into.values[t] = Double.longBitsToDouble(blocks[valuesAt + t]);
        }
        into.dimension = featureMap.size() + extra;
        into.size = n + extra;
        if (bias) {
            into.ids[n] = into.dimension - 1;
            into.values[n] = 1.0;
        }
    }

    /**
     * Collects rows straight into their blocks, with names numbered in order of first sight; once all names are
     * known, {@link #build} turns those numbers into feature ids and sorts each row by id, in place, so the rows
     * are never held twice.
     */
    private static final class Builder<T extends Output<T>> {
        private final OutputAdapter<T> outputs;
        private final MutableFeatureMap features = new MutableFeatureMap();
        private final MutableOutputInfo<T> outputInfo;
        /** Each distinct label's index (its target's, in the built rows) and output, in order of first sight. */
        private final Map<Double, Integer> labelIndex = new HashMap<>();
        private final List<T> outputOfIndex = new ArrayList<>();
        private final Map<String, Integer> localIds = new HashMap<>();
        private final List<String> localNames = new ArrayList<>();
        private int[] starts;
        private long[] blocks;
        private int used;
        private int rows;
        private final int expectedRows;
        /** The ids of an earlier epoch's rows, which a later epoch's keep (null: numbered here). */
        private final ImmutableFeatureMap fixed;

        Builder(OutputAdapter<T> outputs, int expectedRows) {
            this(outputs, expectedRows, null);
        }

        Builder(OutputAdapter<T> outputs, int expectedRows, ImmutableFeatureMap fixed) {
            this.fixed = fixed;
            this.outputs = outputs;
            this.outputInfo = outputs.factory().generateInfo();
            this.expectedRows = expectedRows;
            starts = new int[Math.max(1, expectedRows)];
            // sized for the sample rows; then for all the rows, at the sample's size a row (see add)
            blocks = new long[Math.max(16, Math.min(expectedRows, SIZING_SAMPLE) * 11)];
        }

        void add(String[] names, double[] vals, int n, double label, double weight) {
            if (fixed != null) {
                n = known(names, vals, n);
            }
            if (rows == SIZING_SAMPLE && expectedRows > rows) {
                // once, while little is in it: growing by halves later held the old and new arrays of a million
                // rows at once, and a trim to size a third copy (joint's rows, twice the usual width, ran out of
                // a heap their estimate fitted)
                long expected = (long) Math.ceil(used / (double) rows * expectedRows * SIZING_SLACK);
                if (expected > blocks.length) {
                    blocks = Arrays.copyOf(blocks, (int) Math.min(Integer.MAX_VALUE - 8, expected));
                }
            }
            Integer index = labelIndex.get(label);
            if (index == null) {
                index = outputOfIndex.size();
                labelIndex.put(label, index);
                outputOfIndex.add(outputs.output(label));
            }
            outputInfo.observe(outputOfIndex.get(index));
            int size = 2 + (n + 1) / 2 + n;
            if (used + size > blocks.length) {
                blocks = Arrays.copyOf(blocks, Math.max(used + size, blocks.length + blocks.length / 2));
            }
            if (rows == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            int at = used;
            starts[rows++] = at;
            // Tribuo keeps example weights as floats
            blocks[at] = Double.doubleToRawLongBits((float) weight);
            blocks[at + 1] = (long) index << 32 | n;
            int valuesAt = at + 2 + (n + 1) / 2;
            for (int f = 0; f < n; f++) {
                if (fixed == null) {
                    features.add(names[f], vals[f]);
                }
                Integer local = localIds.get(names[f]);
                if (local == null) {
                    local = localNames.size();
                    localIds.put(names[f], local);
                    localNames.add(names[f]);
                }
                setId(at, f, local);
                blocks[valuesAt + f] = Double.doubleToRawLongBits(vals[f]);
            }
            used = at + size;
        }

        /** Moves the names {@link #fixed} knows to the front, in order; returns how many. */
        private int known(String[] names, double[] vals, int n) {
            int kept = 0;
            for (int f = 0; f < n; f++) {
                if (fixed.getID(names[f]) >= 0) {
                    names[kept] = names[f];
                    vals[kept++] = vals[f];
                }
            }
            return kept;
        }

        /** A later epoch's rows, in the first epoch's feature ids, outputs and targets. */
        <U> TrainingRows<T, U> buildIn(ImmutableFeatureMap featureMap, ImmutableOutputInfo<T> outputIds,
                                       SgdHooks<T, U, ?> hooks, boolean bias, DatasetProvenance provenance) {
            renumber(featureMap);
            // targets in the first epoch's output ids: this epoch may meet its labels in another order
            List<U> targets = new ArrayList<>();
            for (T output : outputOfIndex) {
                targets.add(hooks.target(outputIds, output));
            }
            return new TrainingRows<>(trim(starts, rows), blocks, featureMap, outputIds, List.copyOf(targets), bias,
                    provenance);
        }

        private void renumber(ImmutableFeatureMap featureMap) {
            int[] idOf = new int[localNames.size()];
            for (int l = 0; l < idOf.length; l++) {
                idOf[l] = featureMap.getID(localNames.get(l));
            }
            for (int r = 0; r < rows; r++) {
                int at = starts[r];
                int n = (int) blocks[at + 1];
                for (int t = 0; t < n; t++) {
                    setId(at, t, idOf[id(at, t)]);
                }
                sortById(at, n);
            }
        }

        private void setId(int at, int t, int id) {
            int slot = at + 2 + (t >> 1);
            long bits = id & 0xffffffffL;
            blocks[slot] = (t & 1) == 0 ? blocks[slot] & 0xffffffff00000000L | bits
                    : blocks[slot] & 0xffffffffL | bits << 32;
        }

        private int id(int at, int t) {
            long two = blocks[at + 2 + (t >> 1)];
            return (t & 1) == 0 ? (int) two : (int) (two >>> 32);
        }

        <U> TrainingRows<T, U> build(SgdHooks<T, U, ?> hooks, WarmStart warmStart) {
            ImmutableFeatureMap own = new ImmutableFeatureMap(features);
            ImmutableFeatureMap featureMap = warmStart == null ? own : warmStart.featureMap(own);
            renumber(featureMap);
            ImmutableOutputInfo<T> outputIds = outputInfo.generateImmutableOutputInfo();
            List<U> targets = new ArrayList<>();
            for (T output : outputOfIndex) {
                targets.add(hooks.target(outputIds, output));
            }
            DataProvenance source = new SimpleDataSourceProvenance("recbridge training rows", outputs.factory());
            DatasetProvenance provenance = new RowsProvenance(source, rows, own.size(), outputIds.size());
            // trimmed only where the sample's size of a row was well off: a copy holds the rows twice for a moment
            long[] sized = blocks.length - used <= blocks.length / 8 ? blocks : Arrays.copyOf(blocks, used);
            return new TrainingRows<>(trim(starts, rows), sized, featureMap,
                    outputIds, List.copyOf(targets), hooks.addsBias(), provenance);
        }

        private static int[] trim(int[] array, int length) {
            return array.length == length ? array : Arrays.copyOf(array, length);
        }

        /** Insertion sort of one row's (id, value) pairs by id: rows hold a handful of features. */
        private void sortById(int at, int n) {
            int valuesAt = at + 2 + (n + 1) / 2;
            for (int i = 1; i < n; i++) {
                int id = id(at, i);
                long v = blocks[valuesAt + i];
                int j = i - 1;
                while (j >= 0 && id(at, j) > id) {
                    setId(at, j + 1, id(at, j));
                    blocks[valuesAt + j + 1] = blocks[valuesAt + j];
                    j--;
                }
                setId(at, j + 1, id);
                blocks[valuesAt + j + 1] = v;
            }
        }
    }
}
