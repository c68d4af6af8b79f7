package org.recbridge.learn;

import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableFeatureMap;
import org.tribuo.Output;
import org.tribuo.VariableInfo;
import org.tribuo.math.FeedForwardParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.Tensor;

/**
 * Copies SGD parameters between models whose feature maps differ, matching columns by feature name and rows
 * by output. Tribuo's layouts (4.3.2): linear = {outputs x (features + 1)} with the bias last; FM =
 * {bias per output, outputs x features, then one factors x features matrix per output}. Since feature ids
 * are positions in a sorted name list, the same name usually has another id in the other map, and the bias
 * column moves with the number of features.
 */
final class ParameterCopy {
    private ParameterCopy() {
    }

    /** The target's features plus every source feature, so source-only ids keep their weights. */
    static ImmutableFeatureMap union(ImmutableFeatureMap target, ImmutableFeatureMap source) {
        MutableFeatureMap all = new MutableFeatureMap();
        for (VariableInfo info : target) {
            all.put(info.copy());
        }
        for (VariableInfo info : source) {
            if (all.get(info.getName()) == null) {
                all.put(info.copy());
            }
        }
        return new ImmutableFeatureMap(all);
    }

    static void copy(ModelParameters from, FeedForwardParameters to, ImmutableFeatureMap toFeatures,
                     ImmutableOutputInfo<?> toOutputs) {
        Tensor[] src = from.parameters().get();
        Tensor[] dst = to.get();
        if (src.length != dst.length || src[0].getClass() != dst[0].getClass()) {
            throw new IllegalArgumentException("the source model is of another kind or has other outputs");
        }
        int[] columns = columns(from.features(), toFeatures);
        int[] rows = outputs(from.outputs(), toOutputs);
        if (dst[0] instanceof DenseVector bias) {
            DenseVector srcBias = (DenseVector) src[0];
            for (int o = 0; o < rows.length; o++) {
                bias.set(o, srcBias.get(rows[o]));
            }
            copyMatrix((DenseMatrix) src[1], (DenseMatrix) dst[1], rows, columns);
            for (int o = 0; o < rows.length; o++) {
                DenseMatrix factors = (DenseMatrix) dst[2 + o];
                copyMatrix((DenseMatrix) src[2 + rows[o]], factors, identity(factors.getDimension1Size()), columns);
            }
        } else {
            copyMatrix((DenseMatrix) src[0], (DenseMatrix) dst[0], rows, columns);
        }
    }

    /** For each target column, the source column with the same feature name (or -1); the bias maps to the bias. */
    private static int[] columns(ImmutableFeatureMap from, ImmutableFeatureMap to) {
        int[] map = new int[to.size() + 1];
        for (int c = 0; c < to.size(); c++) {
            map[c] = from.getID(to.get(c).getName());
        }
        map[to.size()] = from.size();
        return map;
    }

    /** For each target output id, the source output id of the same output. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int[] outputs(ImmutableOutputInfo from, ImmutableOutputInfo<?> to) {
        int[] map = new int[to.size()];
        for (int o = 0; o < map.length; o++) {
            Output<?> output = to.getOutput(o);
            int id = from.getID(output);
            if (id < 0) {
                throw new IllegalArgumentException("the source model has no output " + output);
            }
            map[o] = id;
        }
        return map;
    }

    private static void copyMatrix(DenseMatrix src, DenseMatrix dst, int[] rows, int[] columns) {
        if (src.getDimension1Size() != dst.getDimension1Size()) {
            throw new IllegalArgumentException("the source model has other dimensions (another FM factor size?)");
        }
        for (int c = 0; c < dst.getDimension2Size(); c++) {
            int sc = columns[c];
            if (sc < 0) {
                continue; // a feature the source never saw keeps Tribuo's initial value
            }
            for (int r = 0; r < rows.length; r++) {
                dst.set(r, c, src.get(rows[r], sc));
            }
        }
    }

    private static int[] identity(int n) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        return ids;
    }
}
