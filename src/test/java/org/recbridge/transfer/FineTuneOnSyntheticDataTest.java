package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.experiment.SyntheticExperiments.coldAuc;

import org.junit.jupiter.api.Test;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.SyntheticExperiments;

/** Known answer: with shared tastes, users seen only in the source are scored through their source weights. */
class FineTuneOnSyntheticDataTest {
    @Test
    void fineTuneBeatsTargetOnlyOnColdStartUsersWhenTastesAreShared() {
        ExperimentResults results = SyntheticExperiments.run(0.9, "target-only", "fine-tune");
        double fineTune = coldAuc(results, "fine-tune");
        double targetOnly = coldAuc(results, "target-only");
        System.out.println("rho 0.9 cold AUC: fine-tune " + fineTune + ", target-only " + targetOnly);
        assertTrue(fineTune > targetOnly + 0.05, "fine-tune " + fineTune + " vs target-only " + targetOnly);
    }
}
