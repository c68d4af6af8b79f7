package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.experiment.SyntheticExperiments.coldAuc;

import org.junit.jupiter.api.Test;

/** Known-answer checks of the baselines on synthetic domains whose relation is set by rho. */
class TransferOnSyntheticDataTest {

    static ExperimentResults run(double rho) {
        return SyntheticExperiments.run(rho, "target-only", "pooled");
    }

    @Test
    void pooledBeatsTargetOnlyOnColdStartUsersWhenTastesAreShared() {
        ExperimentResults results = run(0.9);
        double pooled = coldAuc(results, "pooled");
        double targetOnly = coldAuc(results, "target-only");
        System.out.println("rho 0.9 cold AUC: pooled " + pooled + ", target-only " + targetOnly);
        assertTrue(pooled > targetOnly + 0.05, "pooled " + pooled + " vs target-only " + targetOnly);
    }

    @Test
    void pooledDoesNotBeatTargetOnlyWhenDomainsAreUnrelated() {
        ExperimentResults results = run(0.0);
        double pooled = coldAuc(results, "pooled");
        double targetOnly = coldAuc(results, "target-only");
        System.out.println("rho 0 cold AUC: pooled " + pooled + ", target-only " + targetOnly);
        assertTrue(pooled < targetOnly + 0.02, "pooled " + pooled + " vs target-only " + targetOnly);
    }
}
