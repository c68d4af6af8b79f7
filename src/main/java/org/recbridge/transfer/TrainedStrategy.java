package org.recbridge.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.features.Featurizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.TrainingCurve;

/**
 * What a strategy run leaves: a predictor for target rows, the Tribuo models it is made of (the last
 * one is the final target model, whose training curve is reported), the featurizer that turns new
 * target rows into the final model's features, and named numbers worth reporting. The featurizer is kept
 * as a component, not only inside the predictor, so that export can save the transferred-feature builders
 * the final model depends on.
 *
 * @param featurizer the final model's featurizer, or null where the predictor combines several models
 * @param details    named numbers a strategy learnt that results should show, for example each member's
 *                   weight in a combination ({@code member id -> weight}); empty for most strategies
 */
public record TrainedStrategy(Predictor predictor, List<FittedModel> models, Featurizer featurizer,
                              Map<String, Double> details) {
    public TrainedStrategy {
        models = List.copyOf(models);
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** A combination of models with no single featurizer. */
    public TrainedStrategy(Predictor predictor, List<FittedModel> models, Map<String, Double> details) {
        this(predictor, models, null, details);
    }

    /** A single model applied to target rows through a featurizer. */
    public static TrainedStrategy of(FittedModel model, Featurizer featurizer) {
        return of(List.of(model), featurizer);
    }

    /** Models in training order (source models first, the final target model last) and its featurizer. */
    public static TrainedStrategy of(List<FittedModel> models, Featurizer featurizer) {
        return new TrainedStrategy(WeightedModels.single(models.get(models.size() - 1), featurizer), models,
                featurizer, Map.of());
    }

    public FittedModel finalModel() {
        return models.get(models.size() - 1);
    }

    public TrainingCurve curve() {
        return finalModel().curve();
    }
}
