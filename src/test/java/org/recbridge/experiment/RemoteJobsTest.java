package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Jobs run elsewhere: the batch crosses as Java serialization (a Spark broadcast), each result as JSON, and the
 * results must equal a local run's to the last digit, since each job makes its seed's split again from the batch.
 */
class RemoteJobsTest {
    @TempDir
    Path dir;

    /** Runs each job here, but only from a serialized copy of the batch, as an executor would. */
    static final class Copying implements RemoteJobs {
        long memoryMb = Long.MAX_VALUE;
        int ran;

        @Override
        public String where() {
            return "a copy";
        }

        @Override
        public String address() {
            return null;
        }

        @Override
        public long jobMemoryMb() {
            return memoryMb;
        }

        @Override
        public String memorySetting() {
            return "spark.executor.memory";
        }

        @Override
        public void run(JobBatch batch, List<JobKey> jobs, ProgressListener progress, CancelToken cancel,
                        Consumer<JobResult> done) {
            JobBatch copy = copy(batch);
            List<JobKey> backwards = new java.util.ArrayList<>(jobs);
            java.util.Collections.reverse(backwards);
            for (JobKey key : backwards) { // any order: the runner puts them back in job order
                ran++;
                done.accept(JobResult.fromJson(ExperimentRunner.runJob(copy, key, cancel).toJson()));
            }
        }

        @Override
        public void close() {
        }
    }

    static JobBatch copy(JobBatch batch) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(batch);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (JobBatch) in.readObject();
            }
        } catch (Exception e) {
            throw new AssertionError("the batch does not serialize: " + e, e);
        }
    }

    private Project project() throws Exception {
        Path file = SyntheticProjects.write(SyntheticSettings.defaults().withUsers(300).withSeed(4), dir, "Remote");
        Project p = ProjectIO.read(file);
        return p.withStrategies(List.of(org.recbridge.transfer.Strategies.byId("target-only"),
                org.recbridge.transfer.Strategies.byId("pooled"), org.recbridge.transfer.Strategies.byId("ensemble")))
                .withSeeds(List.of(1L, 2L));
    }

    @Test
    void jobsRunFromASerializedBatchGiveTheLocalRunsNumbers() throws Exception {
        Project project = project();
        LoadedData data = DataLoader.load(project, ProgressListener.none(), CancelToken.none());
        ExperimentResults local = new ExperimentRunner(2).run(project, data, ProgressListener.none(), CancelToken.none());
        Copying remote = new Copying();
        ExperimentResults elsewhere = new ExperimentRunner(2, remote).run(project, data, ProgressListener.none(),
                CancelToken.none());
        assertEquals(local.runs().size(), remote.ran);
        assertEquals(local.records(), elsewhere.records());
        assertEquals(local.comparisons(), elsewhere.comparisons());
        assertEquals(local.summary(), elsewhere.summary());
        for (int i = 0; i < local.runs().size(); i++) {
            assertEquals(local.runs().get(i).curve(), elsewhere.runs().get(i).curve());
        }
        assertTrue(elsewhere.notes().contains("jobs ran on a copy"), elsewhere.notes().toString());
    }

    @Test
    void aJobLargerThanOneExecutorIsRefusedNamingTheSetting() throws Exception {
        Project project = project();
        LoadedData data = DataLoader.load(project, ProgressListener.none(), CancelToken.none());
        Copying remote = new Copying();
        remote.memoryMb = 0;
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ExperimentRunner(2, remote).run(project, data, ProgressListener.none(), CancelToken.none()));
        assertTrue(e.getMessage().contains("raise spark.executor.memory"), e.getMessage());
        assertEquals(0, remote.ran);
    }
}
