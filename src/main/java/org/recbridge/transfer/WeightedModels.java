package org.recbridge.transfer;

import java.util.List;
import org.recbridge.eval.Factors;
import org.recbridge.features.EncodedRow;
import org.recbridge.features.Featurizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.task.Row;

/**
 * Scores rows through one featurizer with a weighted mean of models' scores: a single model (weight 1) or
 * TrAdaBoost's voting rounds. A named predictor rather than a lambda, so that export can see the models,
 * their weights and the featurizer, and a reloaded model predicts with this same code.
 */
public record WeightedModels(List<FittedModel> models, List<Double> weights, Featurizer featurizer)
        implements Predictor {
    public WeightedModels {
        models = List.copyOf(models);
        weights = List.copyOf(weights);
        if (models.isEmpty() || models.size() != weights.size()) {
            throw new IllegalArgumentException("need one weight per model and at least one model, got "
                    + models.size() + " models and " + weights.size() + " weights");
        }
        MeanWeights.check(weights);
    }

    /** One model alone. */
    public static WeightedModels single(FittedModel model, Featurizer featurizer) {
        return new WeightedModels(List.of(model), List.of(1.0), featurizer);
    }

    @Override
    public double[] predict(List<Row> rows) {
        List<EncodedRow> encoded = featurizer.encodeAll(rows);
        if (models.size() == 1) {
            return models.get(0).predict(encoded);
        }
        double[] sum = new double[rows.size()];
        double total = 0;
        for (int m = 0; m < models.size(); m++) {
            double[] p = models.get(m).predict(encoded);
            double a = weights.get(m);
            for (int i = 0; i < p.length; i++) {
                sum[i] += a * p[i];
            }
            total += a;
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= total;
        }
        return sum;
    }

    /**
     * A single model's factors, users encoded with an item no model knows and items with such a user. Kept only
     * if they give this predictor's own scores for a spread of pairs: a featurizer whose features depend on the
     * pair (a source model's score of it) is no sum of a user's and an item's, and its rows are scored one by one.
     */
    @Override
    public Factors factors(List<String> users, List<String> items) {
        if (models.size() != 1 || users.isEmpty() || items.isEmpty()) {
            return null;
        }
        List<EncodedRow> userRows = featurizer.encodeAll(users.stream().map(u -> new Row(u, NOBODY, 0, Double.NaN, 1))
                .toList());
        List<EncodedRow> itemRows = featurizer.encodeAll(items.stream().map(i -> new Row(NOBODY, i, 0, Double.NaN, 1))
                .toList());
        Factors factors = models.get(0).factors(userRows, itemRows);
        return factors != null && agrees(factors, users, items) ? factors : null;
    }

    /** An id no data set has: the features of a user alone, or of an item alone. */
    private static final String NOBODY = "\u0000";
    private static final int CHECKED_PAIRS = 64;

    private boolean agrees(Factors factors, List<String> users, List<String> items) {
        List<Row> rows = new java.util.ArrayList<>();
        List<int[]> at = new java.util.ArrayList<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(users.size() * 31L + items.size());
        for (int p = 0; p < CHECKED_PAIRS; p++) {
            int u = random.nextInt(users.size());
            int i = random.nextInt(items.size());
            rows.add(new Row(users.get(u), items.get(i), 0, Double.NaN, 1));
            at.add(new int[] {u, i});
        }
        double[] expected = predict(rows);
        boolean probability = expected.length > 0 && models.get(0).tribuoModel().getOutputIDInfo().getDomain()
                .iterator().next() instanceof org.tribuo.classification.Label;
        for (int p = 0; p < rows.size(); p++) {
            double s = factors.score(at.get(p)[0], at.get(p)[1]);
            double got = probability ? 1 / (1 + Math.exp(-s)) : s;
            if (!(Math.abs(got - expected[p]) <= 1e-9 * Math.max(1, Math.abs(expected[p])))) {
                return false;
            }
        }
        return true;
    }
}
