package org.recbridge.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.recbridge.eval.EvaluationSettings;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.RunInfo;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.synth.SyntheticGenerator;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.Strategies;
import org.recbridge.util.CancelToken;

/**
 * Every strategy x 5 seeds on about 100k interactions per domain, on all cores: prints the wall time of the
 * whole run and the summed training time per strategy. Not a test (surefire skips *Benchmark); run with
 * {@code java -cp target/classes:target/test-classes:$(deps) org.recbridge.bench.StrategiesBenchmark [linear|fm]}.
 */
public final class StrategiesBenchmark {
    private StrategiesBenchmark() {
    }

    public static void main(String[] args) {
        LearnerKind kind = args.length > 0 ? LearnerKind.fromId(args[0]) : LearnerKind.FM;
        SyntheticSettings settings = SyntheticSettings.defaults().withUsers(5000).withSourceItems(3000)
                .withTargetItems(2000).withSourceInteractionsPerUser(27).withTargetInteractionsPerUser(27);
        SyntheticPair pair = SyntheticGenerator.generate(settings);
        System.out.printf(Locale.ROOT, "source %d interactions, target %d interactions, %d cores, learner %s%n",
                pair.source().interactions().size(), pair.target().interactions().size(),
                Runtime.getRuntime().availableProcessors(), kind.id());
        Project project = new Project(Path.of("benchmark.json").toAbsolutePath(), "benchmark", List.of(), null, null,
                TaskSettings.defaults(), ProtocolSettings.defaults(), List.of(LearnerSettings.defaults(kind)),
                Strategies.all(), List.of(1L, 2L, 3L, 4L, 5L), EvaluationSettings.defaults());
        long start = System.nanoTime();
        ExperimentResults results = ExperimentRunner.withAllCores().run(project,
                new LoadedData(List.of(pair.source()), pair.target(), List.of()),
                (fraction, message) -> System.out.printf(Locale.ROOT, "[%3.0f%%] %s%n", fraction * 100, message),
                new CancelToken());
        double wall = (System.nanoTime() - start) / 1e9;
        for (var s : Strategies.all()) {
            double seconds = results.runs().stream().filter(r -> r.strategy().equals(s.id()))
                    .mapToDouble(RunInfo::seconds).sum();
            System.out.printf(Locale.ROOT, "%-22s %7.1f s of training over 5 seeds%n", s.id(), seconds);
        }
        System.out.printf(Locale.ROOT, "all strategies x 5 seeds: %.1f s wall time%n", wall);
        results.notes().forEach(System.out::println);
    }
}
