package org.recbridge.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.features.Featurizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.TrainingCurve;
import org.recbridge.task.Row;

/**
 * What a strategy run leaves: a predictor for target rows and the Tribuo models it is made of (the last
 * one is the final target model, whose training curve is reported), kept for export.
 *
 * @param details named numbers a strategy learnt that results should show, for example each member's
 *                weight in a combination ({@code member id -> weight}); empty for most strategies
 */
public record TrainedStrategy(Predictor predictor, List<FittedModel> models, Map<String, Double> details) {
    public TrainedStrategy {
        models = List.copyOf(models);
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Without details: the form every strategy used before details existed. */
    public TrainedStrategy(Predictor predictor, List<FittedModel> models) {
        this(predictor, models, Map.of());
    }

    /** A single model applied to target rows through a featurizer. */
    public static TrainedStrategy of(FittedModel model, Featurizer featurizer) {
        Predictor p = (List<Row> rows) -> model.predict(featurizer.encodeAll(rows));
        return new TrainedStrategy(p, List.of(model));
    }

    public TrainedStrategy withDetails(Map<String, Double> more) {
        return new TrainedStrategy(predictor, models, more);
    }

    public FittedModel finalModel() {
        return models.get(models.size() - 1);
    }

    public TrainingCurve curve() {
        return finalModel().curve();
    }
}
