package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.features.EncodedRow;
import org.recbridge.learn.FittedModel;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.VariableInfo;
import org.tribuo.common.sgd.AbstractFMModel;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.Tensor;

/**
 * Reads a user's parameters out of a trained Tribuo factorization machine: for each output, the linear
 * weight and the k latent factors of the feature {@code user=<id>}, concatenated (outputs x (k + 1) numbers).
 * Also gives what such parameters would add to a row's output scores, so a user the model never saw can be
 * scored with parameters from elsewhere (EMCDR's mapped factors).
 */
final class FmUserParameters {
    static final String USER_PREFIX = "user=";

    private final ImmutableFeatureMap features;
    private final DenseMatrix weights;
    private final DenseMatrix[] factors;
    private final int k;

    FmUserParameters(FittedModel model) {
        if (!(model.tribuoModel() instanceof AbstractFMModel<?> fm)) {
            throw new IllegalArgumentException("needs a factorization machine, got "
                    + model.tribuoModel().getClass().getSimpleName());
        }
        this.features = fm.getFeatureIDMap();
        this.weights = fm.getLinearWeightsCopy();
        Tensor[] f = fm.getFactorsCopy();
        this.factors = new DenseMatrix[f.length];
        for (int o = 0; o < f.length; o++) {
            factors[o] = (DenseMatrix) f[o];
        }
        this.k = factors[0].getDimension1Size();
    }

    int outputs() {
        return factors.length;
    }

    /** The user's parameters, or null if the model never saw the user. */
    double[] of(String user) {
        int id = features.getID(USER_PREFIX + user);
        if (id < 0) {
            return null;
        }
        double[] p = new double[outputs() * (k + 1)];
        for (int o = 0; o < outputs(); o++) {
            p[o * (k + 1)] = weights.get(o, id);
            for (int f = 0; f < k; f++) {
                p[o * (k + 1) + 1 + f] = factors[o].get(f, id);
            }
        }
        return p;
    }

    /** Every user the model has parameters for. */
    List<String> users() {
        List<String> out = new ArrayList<>();
        for (VariableInfo v : features) {
            if (v.getName().startsWith(USER_PREFIX)) {
                out.add(v.getName().substring(USER_PREFIX.length()));
            }
        }
        return out;
    }

    /**
     * Per output, what a user feature (value 1) with parameters {@code p} adds to the row's raw score:
     * its weight plus its factor interactions with every other feature of the row the model knows.
     */
    double[] added(EncodedRow row, double[] p) {
        double[] out = new double[outputs()];
        for (int o = 0; o < outputs(); o++) {
            int base = o * (k + 1);
            double sum = p[base];
            for (int j = 0; j < row.names().length; j++) {
                int id = features.getID(row.names()[j]);
                if (id < 0 || row.names()[j].startsWith(USER_PREFIX)) {
                    continue;
                }
                double dot = 0;
                for (int f = 0; f < k; f++) {
                    dot += p[base + 1 + f] * factors[o].get(f, id);
                }
                sum += row.values()[j] * dot;
            }
            out[o] = sum;
        }
        return out;
    }
}
