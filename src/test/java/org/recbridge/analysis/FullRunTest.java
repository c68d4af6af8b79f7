package org.recbridge.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.Strategies;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** The diagnostics computed beside the runs (spare threads) are the ones computed after them (one thread). */
class FullRunTest {
    @Test
    void diagnosticsBesideTheRunsEqualThoseComputedInLine() {
        SyntheticPair pair = SyntheticGenerator.generate(SyntheticSettings.defaults().withUsers(400).withSeed(4));
        LoadedData data = new LoadedData(List.of(pair.source()), pair.target(), List.of());
        Project project = new Project(Path.of("p.json").toAbsolutePath(), "full run", List.of(), null, null,
                TaskSettings.defaults(), ProtocolSettings.defaults(), List.of(LearnerSettings.defaults(LearnerKind.LINEAR)),
                List.of(Strategies.byId("target-only"), Strategies.byId("pooled")), List.of(1L, 2L),
                EvaluationSettings.defaults());
        ExperimentResults inLine = FullRun.run(project, data, new ExperimentRunner(1), ProgressListener.none(),
                CancelToken.none());
        ExperimentResults beside = FullRun.run(project, data, new ExperimentRunner(2), ProgressListener.none(),
                CancelToken.none());
        assertNotNull(beside.diagnostics());
        assertFalse(beside.diagnostics().aDistances().isEmpty());
        assertEquals(inLine.diagnostics(), beside.diagnostics());
        assertEquals(inLine.hints(), beside.hints());
    }
}
