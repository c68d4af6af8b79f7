package org.recbridge.experiment;

import java.util.List;
import java.util.function.Consumer;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Somewhere other than this JVM's threads that runs an experiment's jobs (Apache Spark). Each job there trains
 * through {@link ExperimentRunner#runJob(JobBatch, JobKey, CancelToken)}, exactly as a local job does, and only
 * its records come back: no trained model crosses over.
 */
public interface RemoteJobs extends AutoCloseable {
    /** Where the jobs run, for progress lines and notes, e.g. "Spark local[2]". */
    String where();

    /** Where a person can watch the jobs (a web address), or null. */
    String address();

    /** The most memory one job may take there, in MB: one executor's heap. */
    long jobMemoryMb();

    /** The setting that sets {@link #jobMemoryMb}, named when a job is refused for memory. */
    String memorySetting();

    /**
     * Runs the jobs; each finished one goes to {@code done}, from any thread, in any order, one at a time. A job
     * that fails in every try there comes back as a failure with the reason; a cancel stops them all within a few
     * seconds and throws {@link org.recbridge.util.CancelledException}.
     */
    void run(JobBatch batch, List<JobKey> jobs, ProgressListener progress, CancelToken cancel,
             Consumer<JobResult> done);

    @Override
    void close();
}
