package org.recbridge.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import org.recbridge.analysis.curves.OverfitFinding;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.TrainingCurve;

/**
 * How one (strategy, learner, seed) was trained: its settings, the final model's per-epoch curve and kept
 * epoch, the time it took, what the strategy learnt that is worth showing (e.g. each source's weight), and
 * the Tribuo provenance of the final model.
 *
 * @param generalisationGap train minus validation metric at the kept epoch (validation minus train for RMSE),
 *                          so positive means better on the training rows; NaN when undefined
 * @param overfitting       where the epoch curve shows overfitting began, or null if it does not
 */
public record RunInfo(String strategy, String learner, long seed, LearnerSettings settings, TrainingCurve curve,
                      double seconds, java.util.Map<String, Double> details, JsonNode provenance,
                      double generalisationGap, OverfitFinding overfitting) {
}
