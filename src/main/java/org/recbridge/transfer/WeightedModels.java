package org.recbridge.transfer;

import java.util.List;
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
}
