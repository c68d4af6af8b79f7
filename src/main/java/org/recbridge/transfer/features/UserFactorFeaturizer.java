package org.recbridge.transfer.features;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.HashMap;
import java.util.Map;
import org.recbridge.features.FeatureSink;
import org.recbridge.features.Featurizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.task.Row;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Output;
import org.tribuo.VariableInfo;
import org.tribuo.common.sgd.AbstractFMModel;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.Tensor;

/**
 * The latent factors a source factorization machine learned for the feature {@code user=<id>}, as target
 * features {@code <p>f0 .. <p>f(k-1)} (feature transfer of learned representations). A user the source
 * model does not know gets zeros and the flag {@code <p>missing}.
 */
public final class UserFactorFeaturizer implements Featurizer {
    private static final String USER = "user=";

    private final String prefix;
    private final Map<String, double[]> factors;

    public UserFactorFeaturizer(String prefix, Map<String, double[]> factors) {
        this.prefix = prefix;
        this.factors = Map.copyOf(factors);
    }

    /**
     * Reads the user factors of a fitted FM. A Tribuo FM classifier keeps one factor matrix (k x features)
     * per output; its P(like) depends only on the difference of the "1" and "0" scores, so the difference of
     * the two factor columns is the user's representation. A regressor has a single output.
     */
    public static UserFactorFeaturizer fromFm(String prefix, FittedModel fm) {
        if (!(fm.tribuoModel() instanceof AbstractFMModel<?> model)) {
            throw new IllegalArgumentException("not a factorization machine: " + fm.tribuoModel().getClass().getName());
        }
        Tensor[] perOutput = model.getFactorsCopy();
        DenseMatrix like = (DenseMatrix) perOutput[outputId(model.getOutputIDInfo(), "1", 0)];
        DenseMatrix dislike = perOutput.length > 1
                ? (DenseMatrix) perOutput[outputId(model.getOutputIDInfo(), "0", 1)] : null;
        ImmutableFeatureMap featureMap = model.getFeatureIDMap();
        int k = like.getDimension1Size();
        Map<String, double[]> out = new HashMap<>();
        for (VariableInfo info : featureMap) {
            if (!info.getName().startsWith(USER)) {
                continue;
            }
            int id = featureMap.getID(info.getName());
            double[] v = new double[k];
            for (int r = 0; r < k; r++) {
                v[r] = like.get(r, id) - (dislike == null ? 0 : dislike.get(r, id));
            }
            out.put(info.getName().substring(USER.length()), v);
        }
        return new UserFactorFeaturizer(prefix, out);
    }

    private static <T extends Output<T>> int outputId(ImmutableOutputInfo<T> info, String name, int fallback) {
        for (Pair<Integer, T> p : info) {
            if (p.getB().getSerializableForm(false).equals(name)) {
                return p.getA();
            }
        }
        return info.size() == 1 ? 0 : fallback;
    }

    public String prefix() {
        return prefix;
    }

    /** Every user's factors, for export; the arrays must not be changed. */
    public Map<String, double[]> allFactors() {
        return factors;
    }

    /** The user's factors, or null if unknown. */
    public double[] factors(String user) {
        double[] v = factors.get(user);
        return v == null ? null : v.clone();
    }

    @Override
    public void addFeatures(Row row, FeatureSink sink) {
        double[] v = factors.get(row.user());
        if (v == null) {
            sink.flag(prefix + "missing");
            return;
        }
        for (int r = 0; r < v.length; r++) {
            sink.add(prefix + "f" + r, v[r]);
        }
    }
}
