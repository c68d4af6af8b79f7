package org.recbridge.transfer.features;

import org.recbridge.features.FeatureSink;
import org.recbridge.features.Featurizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.task.Row;

/**
 * A source model's score of the row as one target feature (model transfer, stacking). The row is scored
 * through {@code through}, normally the target's DomainFeaturizer: its names (user ids, side features) are
 * domain-independent, so the source model uses whatever the domains share and ignores target-only names.
 * Classifiers give logit(P(like)), so a linear target model can add it to its own log-odds; regressors give
 * the predicted rating minus the source's mean, so 0 means "average" for users the source cannot tell apart.
 *
 * <p>The source model never saw target rows, so scoring the target training rows directly is honest. If a
 * target model were also trained on source rows (pooled-style stacking), those rows need out-of-fold scores
 * instead (k-fold by user), or the target model learns to trust an overfit score.
 */
public final class SourceScoreFeaturizer implements Featurizer {
    /** Probabilities are clipped here so that the logit stays finite. */
    static final double EPSILON = 1e-6;

    private final String name;
    private final FittedModel source;
    private final Featurizer through;
    private final boolean regression;
    private final double centre;

    /**
     * @param name       the feature's name
     * @param source     the source model
     * @param through    how target rows are encoded for the source model
     * @param regression whether the model predicts ratings (else P(like))
     * @param centre     subtracted from predicted ratings (the source's mean rating); ignored for classifiers
     */
    public SourceScoreFeaturizer(String name, FittedModel source, Featurizer through, boolean regression,
                                 double centre) {
        this.name = name;
        this.source = source;
        this.through = through;
        this.regression = regression;
        this.centre = centre;
    }

    public FittedModel sourceModel() {
        return source;
    }

    public String name() {
        return name;
    }

    /** How target rows are encoded for the source model. */
    public Featurizer through() {
        return through;
    }

    public boolean regression() {
        return regression;
    }

    public double centre() {
        return centre;
    }

    /** The feature value of a raw source-model score. */
    public double transform(double score) {
        if (regression) {
            return score - centre;
        }
        double p = Math.min(1 - EPSILON, Math.max(EPSILON, score));
        return Math.log(p / (1 - p));
    }

    @Override
    public void addFeatures(Row row, FeatureSink sink) {
        sink.add(name, transform(source.predict(through.encode(row))));
    }
}
