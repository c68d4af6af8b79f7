package org.recbridge.experiment;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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

/** Runs strategies on synthetic domains whose relation is set by rho, for known-answer tests. */
public final class SyntheticExperiments {
    private SyntheticExperiments() {
    }

    /** Mean cold-start AUC of a strategy over the seeds. */
    public static double coldAuc(ExperimentResults results, String strategy) {
        return mean(results, strategy, "cold", "AUC");
    }

    /** Mean of a metric over the seeds, for a strategy's first learner and a user group. */
    public static double mean(ExperimentResults results, String strategy, String group, String metric) {
        return results.summary().stream()
                .filter(s -> s.strategy().equals(strategy) && s.group().equals(group) && s.metric().equals(metric))
                .findFirst().orElseThrow().mean();
    }

    /** The linear learner, seeds 1 to 3, sparse target (4 interactions per user). */
    public static ExperimentResults run(double rho, String... strategies) {
        return run(SyntheticSettings.defaults().withRho(rho).withTargetInteractionsPerUser(4).withSeed(7),
                TaskSettings.defaults(), List.of(LearnerSettings.defaults(LearnerKind.LINEAR)), List.of(1L, 2L, 3L),
                strategies);
    }

    public static ExperimentResults run(SyntheticSettings synthetic, TaskSettings task, List<LearnerSettings> learners,
                                        List<Long> seeds, String... strategies) {
        SyntheticPair pair = SyntheticGenerator.generate(synthetic);
        Project project = new Project(Path.of("synthetic.json").toAbsolutePath(), "synthetic rho=" + synthetic.rho(),
                List.of(), null, null, task, ProtocolSettings.defaults(), learners,
                Arrays.stream(strategies).map(Strategies::byId).toList(), seeds, EvaluationSettings.defaults());
        LoadedData data = new LoadedData(List.of(pair.source()), pair.target(), List.of());
        return ExperimentRunner.withAllCores().run(project, data, ProgressListener.none(), CancelToken.none());
    }

    /** Mean over seeds of one metric in one user group, per strategy label. */
    public static java.util.Map<String, Double> means(ExperimentResults results, String group, String metric) {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        results.summary().stream().filter(s -> s.group().equals(group) && s.metric().equals(metric))
                .forEach(s -> out.put(s.strategy(), s.mean()));
        return out;
    }
}
