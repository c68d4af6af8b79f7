package org.recbridge.transfer;

import java.util.List;
import java.util.Map;
import org.recbridge.features.EncodedRow;
import org.recbridge.features.Featurizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.task.Row;

/**
 * Scores target rows with the target FM, adding for users the model never saw the contribution of
 * user parameters obtained elsewhere. Tribuo ignores an unknown {@code user=} feature, so the model's own
 * score is the FM without that user and adding the user's terms gives the full FM score.
 * For a two-class FM, P(like) = sigmoid(z_like - z_dislike), so the terms are added on that logit scale;
 * for ratings, directly.
 */
public final class MappedUserPredictor implements Predictor {
    /** Keeps the logit finite when the model's probability saturates. */
    private static final double EPS = 1e-9;

    private final FittedModel target;
    private final Featurizer featurizer;
    private final FmUserParameters targetParameters;
    private final Map<String, double[]> mapped;
    private final int likeOutput;

    /**
     * @param mapped     parameters, in the target model's layout, of users the target model lacks
     * @param likeOutput the output index of "like" for classification, or -1 for regression
     */
    public MappedUserPredictor(FittedModel target, Featurizer featurizer, Map<String, double[]> mapped, int likeOutput) {
        this.target = target;
        this.featurizer = featurizer;
        this.targetParameters = new FmUserParameters(target);
        this.mapped = Map.copyOf(mapped);
        this.likeOutput = likeOutput;
    }

    public FittedModel target() {
        return target;
    }

    public Featurizer featurizer() {
        return featurizer;
    }

    /** The mapped parameters by user, for export; the arrays must not be changed. */
    public Map<String, double[]> mapped() {
        return mapped;
    }

    public int likeOutput() {
        return likeOutput;
    }

    @Override
    public double[] predict(List<Row> rows) {
        List<EncodedRow> encoded = featurizer.encodeAll(rows);
        double[] scores = target.predict(encoded);
        for (int i = 0; i < scores.length; i++) {
            double[] p = mapped.get(rows.get(i).user());
            if (p == null) {
                continue;
            }
            double[] added = targetParameters.added(encoded.get(i), p);
            if (likeOutput < 0) {
                scores[i] += added[0];
            } else {
                double prob = Math.min(1 - EPS, Math.max(EPS, scores[i]));
                double logit = Math.log(prob / (1 - prob)) + added[likeOutput] - added[1 - likeOutput];
                scores[i] = 1 / (1 + Math.exp(-logit));
            }
        }
        return scores;
    }
}
