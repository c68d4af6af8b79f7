package org.recbridge.transfer;

import java.util.List;
import org.recbridge.features.Featurizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.TrainingCurve;
import org.recbridge.task.Row;

/**
 * What a strategy run leaves: a predictor for target rows and the Tribuo models it is made of (the last
 * one is the final target model, whose training curve is reported), kept for export.
 */
public record TrainedStrategy(Predictor predictor, List<FittedModel> models) {
    /** A single model applied to target rows through a featurizer. */
    public static TrainedStrategy of(FittedModel model, Featurizer featurizer) {
        return staged(List.of(model), featurizer);
    }

    /** Models trained one after another (say, source then target); the last one predicts through the featurizer. */
    public static TrainedStrategy staged(List<FittedModel> models, Featurizer featurizer) {
        FittedModel last = models.get(models.size() - 1);
        Predictor p = (List<Row> rows) -> last.predict(featurizer.encodeAll(rows));
        return new TrainedStrategy(p, List.copyOf(models));
    }

    public FittedModel finalModel() {
        return models.get(models.size() - 1);
    }

    public TrainingCurve curve() {
        return finalModel().curve();
    }
}
