package org.recbridge.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunInfo;
import org.recbridge.learn.EpochPoint;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.TrainingCurve;

/** The training table says how its gap is taken, which depends on the way the metric points. */
class AnalysisTablesTest {
    private static ExperimentResults withRun(String metric, double train, double validation) {
        TrainingCurve curve = new TrainingCurve(metric, List.of(new EpochPoint(1, 0.5, train, validation, 0.6)), 1);
        RunInfo run = new RunInfo("pooled", "linear", 1, LearnerSettings.defaults(LearnerKind.LINEAR), curve, 1.0,
                Map.of(), null, Math.abs(train - validation), null);
        return new ExperimentResults(1, "p", "now", "regression", "cold-start", List.of(1L), List.of(metric),
                List.of(), List.of(run), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                null, null);
    }

    @Test
    void theGapIsTrainMinusValidationForAucAndValidationMinusTrainForRmse() {
        String auc = AnalysisTables.training(withRun("AUC", 0.9, 0.7));
        assertTrue(auc.contains("gap = train minus validation, positive = better on training rows"), auc);
        String rmse = AnalysisTables.training(withRun("RMSE", 0.8, 1.1));
        assertTrue(rmse.contains("gap = validation minus train, positive = better on training rows"), rmse);
        assertTrue(rmse.lines().anyMatch(l -> l.startsWith("pooled") && l.contains("0.3000")), rmse);
    }
}
