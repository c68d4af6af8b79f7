package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbridge.experiment.SyntheticExperiments;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.TaskSettings;

/** Known answers for the new strategies on synthetic domains whose taste correlation is rho. */
class StrategiesOnSyntheticDataTest {
    /**
     * Half the generator's default users and source interactions, and at most 10 epochs, so that
     * tradaboost's five trainings per seed keep the class near 10 s of CPU.
     */
    static final int USERS = 1000;
    static final int SOURCE_PER_USER = 20;
    static final int EPOCHS = 10;

    /** Cold-start AUC, mean over seeds 1..3, per strategy id. */
    static Map<String, Double> coldAuc(double rho, List<String> strategies) {
        SyntheticSettings synth = SyntheticSettings.defaults().withRho(rho).withTargetInteractionsPerUser(4)
                .withUsers(USERS).withSourceInteractionsPerUser(SOURCE_PER_USER).withSeed(7);
        Map<String, Double> auc = SyntheticExperiments.means(SyntheticExperiments.run(synth, TaskSettings.defaults(),
                List.of(LearnerSettings.defaults(LearnerKind.LINEAR).withEpochs(EPOCHS)), List.of(1L, 2L, 3L),
                strategies.toArray(String[]::new)), "cold", "AUC");
        System.out.println("rho " + rho + " cold AUC: " + auc);
        return auc;
    }

    @Test
    void jointBeatsTargetOnlyOnColdStartUsersWhenTastesAreShared() {
        Map<String, Double> auc = coldAuc(0.9, List.of("target-only", "joint"));
        assertTrue(auc.get("joint") > auc.get("target-only") + 0.03, auc.toString());
    }

    @Test
    void noStrategyClearlyBeatsTargetOnlyWhenDomainsAreUnrelated() {
        Map<String, Double> auc = coldAuc(0.0, List.of("target-only", "joint", "instance-weighting", "tradaboost"));
        for (String s : List.of("joint", "instance-weighting", "tradaboost")) {
            assertTrue(auc.get(s) < auc.get("target-only") + 0.03, s + ": " + auc);
        }
    }
}
