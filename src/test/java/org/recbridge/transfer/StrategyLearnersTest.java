package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recbridge.experiment.SyntheticExperiments;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;

/** The new strategies run end to end with both learners, and on ratings where they apply (tiny data). */
class StrategyLearnersTest {
    private static final SyntheticSettings TINY = SyntheticSettings.defaults().withUsers(300)
            .withSourceInteractionsPerUser(10).withSeed(3);

    private static Map<String, Double> run(LearnerKind kind, TaskKind task, String metric, List<String> strategies) {
        Map<String, Double> m = SyntheticExperiments.means(SyntheticExperiments.run(TINY, new TaskSettings(task, 4.0, 4),
                List.of(LearnerSettings.defaults(kind).withEpochs(3)), List.of(1L), strategies.toArray(String[]::new)),
                "all", metric);
        assertEquals(strategies.size(), m.size(), m.toString());
        return m;
    }

    @ParameterizedTest
    @EnumSource(LearnerKind.class)
    void classificationGivesProbabilitiesThatRank(LearnerKind kind) {
        run(kind, TaskKind.CLASSIFICATION, "AUC", List.of("joint", "instance-weighting", "tradaboost"))
                .forEach((s, auc) -> assertTrue(auc >= 0 && auc <= 1, s + " AUC " + auc));
    }

    @ParameterizedTest
    @EnumSource(LearnerKind.class)
    void ratingsWorkForTheStrategiesThatAllowThem(LearnerKind kind) {
        run(kind, TaskKind.REGRESSION, "RMSE", List.of("joint", "instance-weighting"))
                .forEach((s, rmse) -> assertTrue(rmse > 0 && rmse < 4, s + " RMSE " + rmse));
    }
}
