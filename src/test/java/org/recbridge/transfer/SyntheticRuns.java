package org.recbridge.transfer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.eval.EvaluationSettings;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.synth.SyntheticGenerator;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.TaskSettings;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** Runs registered strategies end to end on a synthetic pair, through the same runner as the CLI. */
final class SyntheticRuns {
    private SyntheticRuns() {
    }

    static ExperimentResults run(SyntheticSettings synth, TaskSettings task, LearnerSettings learner,
                                 List<String> strategies, List<Long> seeds) {
        SyntheticPair pair = SyntheticGenerator.generate(synth);
        Project project = new Project(Path.of("synthetic.json").toAbsolutePath(), "synthetic", List.of(), null, null,
                task, ProtocolSettings.defaults(), List.of(learner), strategies.stream().map(Strategies::byId).toList(),
                seeds, EvaluationSettings.defaults());
        LoadedData data = new LoadedData(List.of(pair.source()), pair.target(), List.of());
        return ExperimentRunner.withAllCores().run(project, data, ProgressListener.none(), CancelToken.none());
    }

    /** Mean over seeds of one metric in one user group, per strategy id. */
    static Map<String, Double> means(ExperimentResults results, String group, String metric) {
        Map<String, Double> out = new LinkedHashMap<>();
        results.summary().stream().filter(s -> s.group().equals(group) && s.metric().equals(metric))
                .forEach(s -> out.put(s.strategy(), s.mean()));
        return out;
    }
}
