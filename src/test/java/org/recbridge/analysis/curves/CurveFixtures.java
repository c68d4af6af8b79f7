package org.recbridge.analysis.curves;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.recbridge.eval.EvaluationSettings;
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

/** Synthetic projects for the curve tests: data in memory, no files. */
final class CurveFixtures {
    private CurveFixtures() {
    }

    /** A tiny target and a large, fast-learning, unregularised FM that runs all its epochs: it must overfit. */
    static final SyntheticSettings TINY_TARGET = SyntheticSettings.defaults().withUsers(400)
            .withTargetInteractionsPerUser(3);
    static final LearnerSettings BIG_FM = new LearnerSettings(LearnerKind.FM, 30, 0.2, 0, 64, 30);

    static Project project(List<LearnerSettings> learners, List<Long> seeds, String... strategies) {
        return new Project(Path.of("curves.json").toAbsolutePath(), "curves", List.of(), null, null,
                TaskSettings.defaults(), ProtocolSettings.defaults(), learners,
                Arrays.stream(strategies).map(Strategies::byId).toList(), seeds, EvaluationSettings.defaults());
    }

    static LoadedData data(SyntheticSettings settings) {
        SyntheticPair pair = SyntheticGenerator.generate(settings);
        return new LoadedData(List.of(pair.source()), pair.target(), List.of());
    }
}
