package org.recbridge.learn;

import java.util.Arrays;
import org.tribuo.math.FeedForwardParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.la.SparseVector;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.la.VectorTuple;

/** Tribuo's own form of what the in-place steps do, for the tests that hold them to it. */
final class TribuoReference {
    private TribuoReference() {
    }

    /** The packed row as the Tribuo vector it stands for. */
    static SparseVector sparse(PackedRow row) {
        return SparseVector.createSparseVector(row.dimension, Arrays.copyOf(row.ids, row.size),
                Arrays.copyOf(row.values, row.size));
    }

    /** The decay applied after Tribuo's step: every weight matrix's cells of the example's active features. */
    static void decayActive(L2Decay decay, FeedForwardParameters parameters, SGDVector x) {
        Tensor[] tensors = parameters.get();
        for (int t = 0; t < tensors.length; t++) {
            if (tensors[t] instanceof DenseMatrix m) {
                for (VectorTuple v : x) {
                    for (int r = 0; r < m.getDimension1Size(); r++) {
                        m.set(r, v.index, decay.apply(m.get(r, v.index), t, r, v.index));
                    }
                }
            }
        }
    }
}
