package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.eval.EvaluationSettings;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.synth.SyntheticGenerator;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.TaskSettings;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

class EmcdrTest {
    @Test
    void beatsTargetOnlyOnColdStartUsersWhenTastesAreShared() {
        // fewer users and epochs than the defaults keep three seeds of two FMs each within a few seconds
        SyntheticPair pair = SyntheticGenerator.generate(SyntheticProblems.sharedTastesSettings(7).withUsers(1000)
                .withSourceInteractionsPerUser(25));
        Project project = new Project(Path.of("synthetic.json").toAbsolutePath(), "emcdr", List.of(), null, null,
                TaskSettings.defaults(), ProtocolSettings.defaults(), List.of(LearnerSettings.defaults(LearnerKind.FM).withEpochs(8)),
                List.of(Strategies.byId("target-only"), Strategies.byId("emcdr")), List.of(1L, 2L, 3L),
                EvaluationSettings.defaults());
        ExperimentResults results = ExperimentRunner.withAllCores().run(project,
                new LoadedData(List.of(pair.source()), pair.target(), List.of()), ProgressListener.none(),
                CancelToken.none());
        double emcdr = coldAuc(results, "emcdr");
        double targetOnly = coldAuc(results, "target-only");
        System.out.println("rho 0.9 cold AUC (FM, 3 seeds): emcdr " + emcdr + ", target-only " + targetOnly);
        assertTrue(emcdr > targetOnly + 0.015, "emcdr " + emcdr + " vs target-only " + targetOnly);
    }

    private static double coldAuc(ExperimentResults results, String strategy) {
        return results.summary().stream()
                .filter(s -> s.strategy().equals(strategy) && s.group().equals("cold") && s.metric().equals("AUC"))
                .findFirst().orElseThrow().mean();
    }
}
