package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.recbridge.eval.EvaluationSettings;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.synth.SyntheticGenerator;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.RunContext;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TrainedStrategy;
import org.recbridge.transfer.TransferProblem;
import org.recbridge.transfer.TransferStrategy;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.ProgressListener;

class ExperimentRunnerTest {
    static final SyntheticPair PAIR = SyntheticGenerator.generate(SyntheticSettings.defaults().withUsers(600).withSeed(2));

    static Project project(List<Long> seeds) {
        return new Project(Path.of("p.json").toAbsolutePath(), "runner test", List.of(), null, null,
                TaskSettings.defaults(), ProtocolSettings.defaults(), List.of(LearnerSettings.defaults(LearnerKind.LINEAR)),
                List.of(Strategies.byId("target-only"), Strategies.byId("pooled")), seeds, EvaluationSettings.defaults());
    }

    static LoadedData data() {
        return new LoadedData(List.of(PAIR.source()), PAIR.target(), List.of());
    }

    @Test
    void everyStrategyOfASeedIsTestedOnTheSameRowsAndSummariesSpanTheSeeds() {
        ExperimentResults results = new ExperimentRunner(2).run(project(List.of(1L, 2L, 3L)), data(),
                ProgressListener.none(), CancelToken.none());
        for (RunRecord a : results.records()) {
            for (RunRecord b : results.records()) {
                if (a.seed() == b.seed() && a.group().equals(b.group())) {
                    assertEquals(a.rows(), b.rows());
                    assertEquals(a.users(), b.users());
                }
            }
        }
        SummaryRow s = results.summary().stream().filter(x -> x.metric().equals("AUC")).findFirst().orElseThrow();
        assertEquals(3, s.n());
        double[] values = results.records().stream()
                .filter(r -> r.strategy().equals(s.strategy()) && r.group().equals(s.group()))
                .mapToDouble(r -> r.metrics().get("AUC")).toArray();
        assertEquals((values[0] + values[1] + values[2]) / 3, s.mean(), 1e-12);
        assertTrue(s.lower() < s.mean() && s.mean() < s.upper());
    }

    @Test
    void sameSeedsGiveTheSameResults() {
        ExperimentResults a = new ExperimentRunner(2).run(project(List.of(5L)), data(), ProgressListener.none(), CancelToken.none());
        ExperimentResults b = new ExperimentRunner(1).run(project(List.of(5L)), data(), ProgressListener.none(), CancelToken.none());
        assertEquals(a.records(), b.records());
    }

    @Test
    void cancelStopsTheRun() {
        CancelToken cancel = new CancelToken();
        AtomicInteger reports = new AtomicInteger();
        ProgressListener cancelAfterFirst = (fraction, message) -> {
            reports.incrementAndGet();
            cancel.cancel();
        };
        assertThrows(CancelledException.class, () -> new ExperimentRunner(1).run(project(List.of(1L, 2L, 3L, 4L)),
                data(), cancelAfterFirst, cancel));
        assertTrue(reports.get() < 8, "jobs after cancel: " + reports.get());
    }

    @Test
    void twoConfigurationsOfOneStrategyRunSideBySideUnderTheirLabels() {
        String frozen = "fine-tune(targetEpochs=0)";
        Project p = project(List.of(1L, 2L)).withStrategies(List.of(Strategies.byId("fine-tune"),
                Strategies.create("fine-tune", Map.of("targetEpochs", 0))));
        p = new Project(p.file(), p.name(), p.sources(), p.target(), p.split(), p.task(), p.protocol(), p.learners(),
                p.strategies(), p.seeds(), new EvaluationSettings(10, 99, frozen, 0.05));
        ExperimentResults results = new ExperimentRunner(2).run(p, data(), ProgressListener.none(), CancelToken.none());
        assertEquals(Set.of("fine-tune", frozen), results.records().stream().map(RunRecord::strategy)
                .collect(Collectors.toSet()));
        assertEquals(Set.of("fine-tune"), results.comparisons().stream().map(c -> c.strategy()).collect(Collectors.toSet()));
        assertTrue(results.comparisons().stream().allMatch(c -> c.baseline().equals(frozen)));
        // the two are different models: their test metrics differ
        assertTrue(results.summary().stream().filter(x -> x.metric().equals("AUC") && x.group().equals("all"))
                .map(SummaryRow::mean).distinct().count() == 2);
    }

    @Test
    void aFailedRunIsRecordedAndTheOtherRunsFinish() {
        Project p = project(List.of(1L, 2L, 3L)).withStrategies(List.of(Strategies.byId("target-only"),
                new FailsOnSeedTwo()));
        ExperimentResults results = new ExperimentRunner(2).run(p, data(), ProgressListener.none(), CancelToken.none());
        assertEquals(List.of(new RunFailure("fails-on-seed-2", "linear", 2, "IllegalStateException: broken on purpose")),
                results.failures());
        assertEquals(5, results.runs().size());
        assertEquals(List.of(1L, 3L), results.records().stream().filter(r -> r.strategy().equals("fails-on-seed-2"))
                .map(RunRecord::seed).distinct().toList());
        SummaryRow failing = results.summary().stream().filter(x -> x.strategy().equals("fails-on-seed-2")
                && x.metric().equals("AUC") && x.group().equals("all")).findFirst().orElseThrow();
        assertEquals(2, failing.n());
        // the seeds that ran are still compared with the baseline, paired by seed
        assertTrue(results.comparisons().stream().allMatch(c -> c.seeds() == 2), results.comparisons().toString());
        String table = org.recbridge.report.ResultsTable.format(results);
        assertTrue(table.contains("FAILED on seed 2"), table);
        assertTrue(table.contains("Failed runs (1 of 6"), table);
        assertTrue(table.contains("fails-on-seed-2 with linear, seed 2: IllegalStateException: broken on purpose"), table);
    }

    @Test
    void aRunThatRunsOutOfHeapFailsAloneSayingHowMuchToAskForAndTheFinishedRunsAreKept() {
        // thrown, not provoked: filling the test JVM's heap would fail other tests running beside it
        Project p = project(List.of(1L, 2L, 3L)).withStrategies(List.of(Strategies.byId("target-only"),
                new FailsOnSeedTwo(() -> new OutOfMemoryError("Java heap space"))));
        ExperimentResults results = new ExperimentRunner(2).run(p, data(), ProgressListener.none(), CancelToken.none());
        assertEquals(1, results.failures().size());
        RunFailure failure = results.failures().get(0);
        assertEquals(List.of("fails-on-seed-2", "linear", 2L), List.of(failure.strategy(), failure.learner(), failure.seed()));
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        String expected = String.format("not enough memory: the heap of %d MB ran out in this run (", heapMb);
        assertTrue(failure.message().startsWith(expected), failure.message());
        assertTrue(failure.message().matches(".*source and [\\d,]+ target training rows\\) \\(start java with "
                + "-Xmx\\d+[mg], or run fewer --threads\\)"), failure.message());
        assertEquals(5, results.runs().size(), "the runs that finished are kept");
    }

    /** A strategy whose runs are estimated far beyond any heap; training it is a test failure. */
    static final class NeverFits implements TransferStrategy {
        @Override
        public String id() {
            return "never-fits";
        }

        @Override
        public String description() {
            return "needs more memory than any heap";
        }

        @Override
        public double memoryScale() {
            return 1e9;
        }

        @Override
        public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
            throw new AssertionError("a run that cannot fit must not start");
        }
    }

    @Test
    void aRunThatCanNeverFitIsRefusedBeforeItStartsAndTheOthersRun() {
        Project p = project(List.of(1L, 2L)).withStrategies(List.of(Strategies.byId("target-only"), new NeverFits()));
        ExperimentResults results = new ExperimentRunner(2).run(p, data(), ProgressListener.none(), CancelToken.none());
        assertEquals(2, results.failures().size());
        for (RunFailure f : results.failures()) {
            assertEquals("never-fits", f.strategy());
            assertTrue(f.message().matches("not enough memory: this run \\(.*training rows\\) "
                    + "needs about \\d+ MB of heap, \\d+ MB are left of \\d+ MB after loading the data \\(start java "
                    + "with -Xmx\\d+m or more\\)"), f.message());
        }
        assertEquals(List.of("target-only", "target-only"), results.runs().stream().map(RunInfo::strategy).toList());
    }

    @Test
    void aProjectOfWhichNoRunCanFitIsRefusedWhole() {
        Project p = project(List.of(1L)).withStrategies(List.of(new NeverFits()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExperimentRunner(2).run(p, data(), ProgressListener.none(), CancelToken.none()));
        assertTrue(e.getMessage().startsWith("not enough memory: never-fits with linear, seed 1"), e.getMessage());
    }

    @Test
    void keptModelsReproduceTheirRecordedTestMetrics() {
        Project project = project(List.of(1L));
        List<ExperimentRunner.Outcome> kept = new java.util.ArrayList<>();
        ExperimentResults results = new ExperimentRunner(2).run(project, data(), ProgressListener.none(),
                CancelToken.none(), kept::add);
        assertEquals(results.runs().size(), kept.size());
        var split = new ProblemBuilder(data(), project.task()).build(project.protocol(), 1).split();
        boolean[] likes = new boolean[split.test().size()];
        for (int i = 0; i < likes.length; i++) {
            likes[i] = split.test().get(i).positive();
        }
        for (ExperimentRunner.Outcome o : kept) {
            double auc = org.recbridge.eval.ClassificationMetrics.auc(o.trained().predictor().predict(split.test()), likes);
            RunRecord all = o.records().stream().filter(r -> r.group().equals("all")).findFirst().orElseThrow();
            assertEquals(all.metrics().get("AUC"), auc, 1e-12);
            assertTrue(o.trained().featurizer() != null && !o.trained().models().isEmpty());
        }
    }

    @Test
    void modelsNoConsumerAskedForAreReleasedWhileTheRunGoesOn() {
        // one thread runs the jobs in order: fine-tune's source stage is source-only's model, hybrid shares
        // model-transfer's source model; by the last job none of the earlier models is needed any more
        Project p = project(List.of(1L)).withStrategies(List.of(Strategies.byId("source-only"),
                Strategies.byId("fine-tune"), Strategies.byId("model-transfer"), Strategies.byId("hybrid"),
                Strategies.byId("target-only")));
        List<WeakReference<Object>> earlier = new ArrayList<>();
        List<String> heldAtTheLastJob = new ArrayList<>();
        ExperimentResults results = new ExperimentRunner(1).run(p, data(), ProgressListener.none(), CancelToken.none(),
                o -> {
                    if (!o.info().strategy().equals("target-only")) {
                        earlier.add(new WeakReference<>(o.trained()));
                        o.trained().models().forEach(m -> earlier.add(new WeakReference<>(m)));
                        return; // this consumer keeps no model
                    }
                    heldAtTheLastJob.addAll(stillReachable(earlier));
                });
        assertEquals(5, results.runs().size(), "every run finished");
        assertTrue(earlier.size() > 8, "the earlier runs' strategies and models were seen: " + earlier.size());
        assertEquals(List.of(), heldAtTheLastJob, "models held while the last job ran");
    }

    /** The referents still reachable after garbage collection (collected again a few times, as it may lag). */
    private static List<String> stillReachable(List<WeakReference<Object>> refs) {
        List<String> held = new ArrayList<>();
        for (int attempt = 0; attempt < 20; attempt++) {
            System.gc();
            held.clear();
            refs.stream().map(WeakReference::get).filter(java.util.Objects::nonNull)
                    .forEach(o -> held.add(o.getClass().getSimpleName()));
            if (held.isEmpty()) {
                break;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return held;
    }
}
