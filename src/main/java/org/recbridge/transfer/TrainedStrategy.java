package org.recbridge.transfer;

import java.util.List;
import org.recbridge.features.Featurizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.TrainingCurve;
import org.recbridge.task.Row;

/**
 * What a strategy run leaves: a predictor for target rows, the Tribuo models it is made of (the last
 * one is the final target model, whose training curve is reported) and the featurizer that turns new
 * target rows into the final model's features. The featurizer is kept as a component, not only inside
 * the predictor, so that export can save the transferred-feature builders the final model depends on.
 */
public record TrainedStrategy(Predictor predictor, List<FittedModel> models, Featurizer featurizer) {
    /** A single model applied to target rows through a featurizer. */
    public static TrainedStrategy of(FittedModel model, Featurizer featurizer) {
        return of(List.of(model), featurizer);
    }

    /** Models in training order (source models first, the final target model last) and its featurizer. */
    public static TrainedStrategy of(List<FittedModel> models, Featurizer featurizer) {
        FittedModel last = models.get(models.size() - 1);
        Predictor p = (List<Row> rows) -> last.predict(featurizer.encodeAll(rows));
        return new TrainedStrategy(p, List.copyOf(models), featurizer);
    }

    public FittedModel finalModel() {
        return models.get(models.size() - 1);
    }

    public TrainingCurve curve() {
        return finalModel().curve();
    }
}
