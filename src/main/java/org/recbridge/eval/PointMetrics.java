package org.recbridge.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.recbridge.task.TaskKind;

/**
 * The metrics of scored rows taken one by one (not ranked per user): AUC, accuracy and log-loss for likes and
 * implicit feedback, RMSE and MAE for ratings. Shared by the test evaluator and scoring new data with a saved
 * model, so both report the same numbers for the same rows.
 */
public final class PointMetrics {
    private PointMetrics() {
    }

    /** @param labels 1/0 (like) or the rating, as {@link org.recbridge.task.Row#label()} */
    public static Map<String, Double> of(TaskKind task, double[] scores, double[] labels) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (task.isRegression()) {
            m.put("RMSE", RegressionMetrics.rmse(scores, labels));
            m.put("MAE", RegressionMetrics.mae(scores, labels));
            return m;
        }
        boolean[] positive = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            positive[i] = labels[i] >= 0.5;
        }
        m.put("AUC", ClassificationMetrics.auc(scores, positive));
        m.put("accuracy", ClassificationMetrics.accuracy(scores, positive, 0.5));
        m.put("log-loss", ClassificationMetrics.logLoss(scores, positive));
        return m;
    }
}
