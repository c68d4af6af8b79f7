package org.recbridge.learn;

import java.util.List;
import org.recbridge.eval.Factors;
import org.recbridge.features.EncodedRow;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.common.sgd.FMParameters;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.Tensor;

/**
 * A linear or fm model's scores of user features U and item features I (disjoint) as a matrix product. Per
 * output o: s_o = b_o + w_o.x_U + w_o.x_I + 1/2 sum_f [(V_oU + V_oI)^2 - squares] = [b_o + w_o.x_U + pairs within
 * U] + [w_o.x_I + pairs within I] + V_oU . V_oI, so a user's vector is (its part, 1, V_oU...) and an item's (1,
 * its part, V_oI...). For two classes the score is s_like - s_dislike, the logit of P(like).
 */
final class FactorForm {
    private FactorForm() {
    }

    /** Null for parameters of another form, or a classifier without both classes. */
    @SuppressWarnings("unchecked")
    static Factors of(ModelParameters model, boolean classification, List<EncodedRow> users, List<EncodedRow> items) {
        if (model == null) {
            return null;
        }
        double[] sign;
        if (classification) {
            ImmutableOutputInfo<Label> outputs = (ImmutableOutputInfo<Label>) model.outputs();
            int like = outputs.getID(OutputAdapter.LABELS.output(1.0));
            int dislike = outputs.getID(OutputAdapter.LABELS.output(0.0));
            if (like < 0 || dislike < 0 || outputs.size() != 2) {
                return null;
            }
            sign = new double[2];
            sign[like] = 1;
            sign[dislike] = -1;
        } else {
            sign = new double[] {1};
        }
        Tensor[] t = model.parameters().get();
        double[] bias = new double[sign.length];
        DenseMatrix weights;
        DenseMatrix[] factors;
        if (model.parameters() instanceof FMParameters) {
            DenseVector b = (DenseVector) t[0];
            for (int o = 0; o < sign.length; o++) {
                bias[o] = b.get(o);
            }
            weights = (DenseMatrix) t[1];
            factors = new DenseMatrix[t.length - 2];
            for (int o = 0; o < factors.length; o++) {
                factors[o] = (DenseMatrix) t[o + 2];
            }
        } else if (model.parameters() instanceof LinearParameters) {
            weights = (DenseMatrix) t[0];
            for (int o = 0; o < sign.length; o++) {
                bias[o] = weights.get(o, model.features().size()); // the bias is the last column
            }
            factors = new DenseMatrix[0];
        } else {
            return null;
        }
        int k = factors.length == 0 ? 0 : factors[0].getDimension1Size();
        int d = 2 + factors.length * k;
        double[][] userVectors = new double[users.size()][];
        for (int u = 0; u < users.size(); u++) {
            double[] v = part(users.get(u), model.features(), sign, weights, factors, k, d, 0);
            for (int o = 0; o < sign.length; o++) {
                v[0] += sign[o] * bias[o];
            }
            v[1] = 1;
            userVectors[u] = v;
        }
        double[][] itemColumns = new double[d][items.size()];
        for (int i = 0; i < items.size(); i++) {
            double[] v = part(items.get(i), model.features(), sign, weights, factors, k, d, 1);
            v[0] = 1;
            for (int j = 0; j < d; j++) {
                itemColumns[j][i] = v[j];
            }
        }
        return new Factors(userVectors, itemColumns);
    }

    /**
     * One side's vector: its linear and within-side pairwise part at {@code at}, and per output its factor sums
     * (signed on the user side, so the product gives s_like - s_dislike).
     */
    private static double[] part(EncodedRow row, ImmutableFeatureMap features, double[] sign, DenseMatrix weights,
                                 DenseMatrix[] factors, int k, int d, int at) {
        double[] v = new double[d];
        String[] names = row.names();
        int[] ids = new int[names.length];
        for (int f = 0; f < names.length; f++) {
            ids[f] = features.getID(names[f]);
        }
        double own = 0;
        for (int o = 0; o < sign.length; o++) {
            for (int f = 0; f < names.length; f++) {
                if (ids[f] >= 0) {
                    own += sign[o] * weights.get(o, ids[f]) * row.values()[f];
                }
            }
        }
        for (int o = 0; o < factors.length; o++) {
            double pairs = 0;
            for (int j = 0; j < k; j++) {
                double sum = 0;
                double squares = 0;
                for (int f = 0; f < names.length; f++) {
                    if (ids[f] >= 0) {
                        double x = factors[o].get(j, ids[f]) * row.values()[f];
                        sum += x;
                        squares += x * x;
                    }
                }
                pairs += sum * sum - squares;
                v[2 + o * k + j] = at == 0 ? sign[o] * sum : sum;
            }
            own += sign[o] * pairs / 2;
        }
        v[at] = own;
        return v;
    }
}
