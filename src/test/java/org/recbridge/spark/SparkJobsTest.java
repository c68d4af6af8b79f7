package org.recbridge.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.TaskContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.FullRun;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.RunFailure;
import org.recbridge.experiment.SparkSupport;
import org.recbridge.learn.SgdLearner;
import org.recbridge.transfer.RunContext;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TrainedStrategy;
import org.recbridge.transfer.TransferProblem;
import org.recbridge.transfer.TransferStrategy;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.ProgressListener;

/** The sample project's jobs on Spark in local[2]: the same numbers as a local run, retries, failures, cancel. */
class SparkJobsTest {
    private static SparkJobs spark;
    private static Project sample;
    private static LoadedData data;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("spark.ui.enabled", "false");
        assertEquals(null, SparkSupport.unavailable(), "the test JVM has Spark and the options it needs");
        spark = (SparkJobs) SparkSupport.start("local[2]");
        sample = ProjectIO.read(Path.of("sample-projects/movies-to-books/project.json"));
        data = DataLoader.load(sample, ProgressListener.none(), CancelToken.none());
    }

    @AfterAll
    static void stop() {
        spark.close();
        System.clearProperty("spark.ui.enabled");
    }

    @Test
    void theSampleOnSparkGivesTheLocalRunsNumbers() {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        ExperimentResults local = FullRun.run(sample, data, new ExperimentRunner(2), ProgressListener.none(),
                CancelToken.none());
        ExperimentResults remote = FullRun.run(sample, data, new ExperimentRunner(2, spark),
                (f, m) -> lines.add(m), CancelToken.none());
        assertEquals(local.records(), remote.records());
        assertEquals(local.summary(), remote.summary());
        assertEquals(local.comparisons(), remote.comparisons());
        assertEquals(local.hints(), remote.hints());
        for (int i = 0; i < local.runs().size(); i++) {
            assertEquals(local.runs().get(i).curve(), remote.runs().get(i).curve());
            assertEquals(local.runs().get(i).details(), remote.runs().get(i).details());
        }
        int jobs = local.runs().size();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(jobs + "/" + jobs + " done on Spark local[2], 0 failed")),
                "progress comes from Spark's listener: " + lines);
        assertTrue(remote.notes().contains("jobs ran on Spark local[2]"), remote.notes().toString());
    }

    @Test
    void aTaskThatFailsOnItsFirstTryIsTriedAgainAndTheRunCompletes() {
        Project flaky = sample.withStrategies(List.of(new Flaky())).withLearners(sample.learners().subList(0, 1))
                .withSeeds(List.of(1L, 2L));
        Project plain = flaky.withStrategies(List.of(Strategies.byId("target-only")));
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        ExperimentResults remote = new ExperimentRunner(2, spark).run(flaky, data, (f, m) -> lines.add(m),
                CancelToken.none());
        ExperimentResults local = new ExperimentRunner(2).run(plain, data, ProgressListener.none(), CancelToken.none());
        assertEquals(List.of(), remote.failures());
        assertEquals(local.records().stream().map(r -> r.metrics()).toList(),
                remote.records().stream().map(r -> r.metrics()).toList());
        assertTrue(lines.stream().anyMatch(l -> l.matches("2/2 done on .*, 0 failed, 2 tries failed and were retried")),
                lines.toString());
    }

    @Test
    void aJobFailingEveryTryIsAFailedRunAndTheOthersAreKept() {
        Project project = sample.withStrategies(List.of(Strategies.byId("target-only"), new Broken()))
                .withLearners(sample.learners().subList(0, 1)).withSeeds(List.of(1L));
        ExperimentResults results = new ExperimentRunner(2, spark).run(project, data, ProgressListener.none(),
                CancelToken.none());
        assertEquals(1, results.runs().size());
        assertEquals("target-only", results.runs().get(0).strategy());
        RunFailure failure = results.failures().get(0);
        assertEquals("broken", failure.strategy());
        assertTrue(failure.message().contains("failed in every try on Spark local[2]")
                && failure.message().contains("lost on purpose"), failure.message());
    }

    @Test
    void cancelStopsTheJobGroupWithinSeconds() throws Exception {
        Project project = sample.withStrategies(List.of(new UntilCancelled()))
                .withLearners(sample.learners().subList(0, 1)).withSeeds(List.of(1L, 2L, 3L));
        CancelToken cancel = new CancelToken();
        Thread canceller = new Thread(() -> {
            while (!UntilCancelled.STARTED.get()) {
                Thread.onSpinWait();
            }
            cancel.cancel();
        });
        canceller.start();
        long started = System.nanoTime();
        assertThrows(CancelledException.class, () -> new ExperimentRunner(2, spark).run(project, data,
                ProgressListener.none(), cancel));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (spark.activeJobs() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, spark.activeJobs(), "no Spark job is left running");
        assertTrue(System.nanoTime() - started < 30_000_000_000L);
    }

    /** target-only, but its first try of each task is lost as an executor's would be. */
    static final class Flaky implements TransferStrategy {
        @Override
        public String id() {
            return "flaky";
        }

        @Override
        public String description() {
            return "target-only whose first try fails";
        }

        @Override
        public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
            if (TaskContext.get() != null && TaskContext.get().attemptNumber() == 0) {
                throw new AssertionError("executor lost on purpose");
            }
            return Strategies.byId("target-only").train(problem, learner, context);
        }
    }

    /** Fails every try, as a task on a broken executor would. */
    static final class Broken implements TransferStrategy {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public String description() {
            return "fails every try";
        }

        @Override
        public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
            throw new AssertionError("executor lost on purpose");
        }
    }

    /** Trains until cancelled, checking its token as training does. */
    static final class UntilCancelled implements TransferStrategy {
        static final AtomicBoolean STARTED = new AtomicBoolean();

        @Override
        public String id() {
            return "until-cancelled";
        }

        @Override
        public String description() {
            return "never finishes";
        }

        @Override
        public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
            STARTED.set(true);
            while (true) {
                context.cancel().check();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    // Spark interrupts a killed task; the token, set by the watcher, ends it
                }
            }
        }
    }
}
