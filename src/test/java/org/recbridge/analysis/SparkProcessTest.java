package org.recbridge.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.SparkSupport;
import org.recbridge.transfer.Strategies;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.ProgressListener;

/**
 * The window's route to Spark: run --spark in a child JVM, its progress lines passed on, its results read back, a
 * cancel stopping it. The child gets this test JVM's class path, which has Spark (test scope), where the desktop jar
 * gives it SPARK_HOME's jars and recbridge-spark.jar.
 */
class SparkProcessTest {
    private static final Path SAMPLE = Path.of("sample-projects/movies-to-books/project.json").toAbsolutePath();

    /** run's command in a JVM with Spark's options and this class path, on seed 1 and two strategies of the sample. */
    private static List<String> childJvm(List<String> runArguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(SparkSupport.javaOptions().split(" ")));
        command.addAll(List.of("-Dspark.ui.enabled=false", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SparkSupport.MAIN_CLASS));
        command.addAll(runArguments);
        command.addAll(List.of("--seeds", "1", "--strategies", "target-only,pooled"));
        return command;
    }

    @Test
    void theSampleRunsInAChildJvmOnSparkWithTheLocalRunsNumbers() throws Exception {
        assumeTrue(SparkSupport.present(), "Spark is not on the test class path");
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        ExperimentResults remote = SparkProcess.run(SAMPLE, "local[2]", SparkProcessTest::childJvm,
                (f, m) -> lines.add(m), CancelToken.none());
        Project project = ProjectIO.read(SAMPLE).withSeeds(List.of(1L))
                .withStrategies(List.of(Strategies.byId("target-only"), Strategies.byId("pooled")));
        LoadedData data = DataLoader.load(project, ProgressListener.none(), CancelToken.none());
        ExperimentResults local = FullRun.run(project, data, new ExperimentRunner(2), ProgressListener.none(),
                CancelToken.none());
        assertEquals(4, local.runs().size()); // two strategies, the sample's two learners
        // read back from results.json, so compared by their numbers (the ROC's infinite first threshold comes back NaN)
        assertEquals(numbers(local), numbers(remote));
        assertEquals(local.summary(), remote.summary());
        assertEquals(local.comparisons(), remote.comparisons());
        assertTrue(remote.notes().stream().anyMatch(n -> n.startsWith("jobs ran on Spark local[2")), remote.notes().toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("4/4 done on Spark local[2")), "progress lines: " + lines);
    }

    private static List<String> numbers(ExperimentResults results) {
        return results.records().stream().map(r -> String.join(" ", r.strategy(), r.learner(), "seed " + r.seed(),
                r.group(), r.users() + " users", r.rows() + " rows", r.metrics().toString())).toList();
    }

    @Test
    void aCancelStopsTheChildJvm() {
        assumeTrue(SparkSupport.present(), "Spark is not on the test class path");
        CancelToken cancel = new CancelToken();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        // cancelled once Spark has started in the child, before its jobs are done
        assertThrows(CancelledException.class, () -> SparkProcess.run(SAMPLE, "local[2]", SparkProcessTest::childJvm,
                (f, m) -> {
                    lines.add(m);
                    if (m.startsWith("Spark local[2")) {
                        cancel.cancel();
                    }
                }, cancel));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("4/4 done")), lines.toString());
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count(),
                "the child JVM is gone");
        assertTrue(System.nanoTime() - started < 60_000_000_000L);
    }
}
