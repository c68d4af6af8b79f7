package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.SummaryRow;
import org.recbridge.experiment.SyntheticExperiments;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;

/** The warm-started strategies run end to end on the rating task with both learners. */
class WarmStartedStrategiesOnRatingsTest {
    @Test
    void fineTuneAndRegularizedTransferPredictRatingsWithBothLearners() {
        SyntheticSettings data = SyntheticSettings.defaults().withUsers(600).withSourceInteractionsPerUser(20)
                .withRho(0.9).withSeed(3);
        List<LearnerSettings> learners = List.of(LearnerSettings.defaults(LearnerKind.LINEAR).withEpochs(5),
                LearnerSettings.defaults(LearnerKind.FM).withEpochs(5));
        ExperimentResults results = SyntheticExperiments.run(data, new TaskSettings(TaskKind.REGRESSION, 4.0, 4),
                learners, List.of(1L), "target-only", "fine-tune", "regularized-transfer");
        List<SummaryRow> rmse = results.summary().stream().filter(s -> s.metric().equals("RMSE")).toList();
        for (String strategy : List.of("fine-tune", "regularized-transfer")) {
            for (LearnerSettings learner : learners) {
                assertTrue(rmse.stream().anyMatch(s -> s.strategy().equals(strategy)
                        && s.learner().equals(learner.label()) && s.mean() > 0 && s.mean() < 3), strategy);
            }
        }
        for (SummaryRow s : rmse) {
            System.out.println(s.strategy() + " " + s.learner() + " " + s.group() + " RMSE " + s.mean());
        }
        assertEquals(6, results.runs().size());
    }
}
