package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.eval.EvaluationSettings;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.synth.SyntheticGenerator;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.Strategies;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** Known-answer checks of the baselines on synthetic domains whose relation is set by rho. */
class TransferOnSyntheticDataTest {

    static double coldAuc(ExperimentResults results, String strategy) {
        return results.summary().stream()
                .filter(s -> s.strategy().equals(strategy) && s.group().equals("cold") && s.metric().equals("AUC"))
                .findFirst().orElseThrow().mean();
    }

    static ExperimentResults run(double rho) {
        SyntheticPair pair = SyntheticGenerator.generate(SyntheticSettings.defaults().withRho(rho)
                .withTargetInteractionsPerUser(4).withSeed(7));
        Project project = new Project(Path.of("synthetic.json").toAbsolutePath(), "synthetic rho=" + rho, List.of(), null,
                null, TaskSettings.defaults(), ProtocolSettings.defaults(),
                List.of(LearnerSettings.defaults(LearnerKind.LINEAR)),
                List.of(Strategies.byId("target-only"), Strategies.byId("pooled")), List.of(1L, 2L, 3L),
                EvaluationSettings.defaults());
        LoadedData data = new LoadedData(List.of(pair.source()), pair.target(), List.of());
        return ExperimentRunner.withAllCores().run(project, data, ProgressListener.none(), CancelToken.none());
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
