package org.recbridge.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.JobBatch;
import org.recbridge.experiment.JobKey;
import org.recbridge.experiment.JobResult;
import org.recbridge.experiment.RemoteJobs;
import org.recbridge.experiment.RunFailure;
import org.recbridge.experiment.SparkSupport;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.ProgressListener;

/**
 * An experiment's jobs as Spark jobs: the batch (data and settings) is broadcast once, and each RecBridge job is
 * one Spark job of one task, so Spark retries a task that fails (up to {@code spark.task.maxFailures}) and a job
 * that fails every try fails alone: the others' results are kept, as in a local run. All jobs of a run share a
 * job group, which a cancel cancels.
 */
public final class SparkJobs implements RemoteJobs {
    /** Tries of a task, where the master leaves it unset (Spark's own default, 4, does not apply in local mode). */
    static final int TRIES = 4;
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[([^,\\]]+)(?:,(\\d+))?])?");
    private static final long POLL_MS = 50;

    private final JavaSparkContext context;
    private final String where;
    private final long jobMemoryMb;
    private final String memorySetting;

    private SparkJobs(JavaSparkContext context, String where, long jobMemoryMb, String memorySetting) {
        this.context = context;
        this.where = where;
        this.jobMemoryMb = jobMemoryMb;
        this.memorySetting = memorySetting;
    }

    /** Starts a Spark context on {@code master}, or on the master spark-submit set when it is null. */
    public static SparkJobs start(String master) {
        SparkConf conf = new SparkConf().setAppName("RecBridge");
        if (master != null) {
            conf.setMaster(master);
        }
        conf.setIfMissing("spark.master", "local[*]");
        String given = conf.get("spark.master");
        Matcher local = LOCAL.matcher(given);
        boolean isLocal = local.matches();
        if (isLocal && local.group(2) == null) {
            // local mode tries a task once unless the master says how often
            conf.setMaster("local[" + (local.group(1) == null ? "1" : local.group(1)) + "," + TRIES + "]");
        }
        conf.setIfMissing("spark.task.maxFailures", Integer.toString(TRIES));
        conf.setIfMissing("spark.executor.extraJavaOptions", SparkSupport.javaOptions());
        ownJar().ifPresent(jar -> conf.setIfMissing("spark.jars", jar));
        JavaSparkContext context = new JavaSparkContext(conf);
        context.setLogLevel("WARN");
        long mb;
        String setting;
        if (isLocal) {
            // local mode runs every task in this JVM, as many at once as the master has threads
            int slots = Math.max(1, context.sc().defaultParallelism());
            mb = (Runtime.getRuntime().maxMemory() >> 20) / slots;
            setting = "the driver's heap (java -Xmx; local mode runs " + slots + " jobs at once in it)";
        } else {
            long executor = context.sc().executorMemory();
            int cores = Math.max(1, conf.getInt("spark.executor.cores", 1) / Math.max(1, conf.getInt("spark.task.cpus", 1)));
            mb = executor / cores;
            setting = "spark.executor.memory" + (cores > 1 ? " (shared by " + cores + " tasks of an executor)" : "");
        }
        return new SparkJobs(context, "Spark " + given, mb, setting);
    }

    /** The jar holding these classes, for executors of a cluster that has not been given it. */
    private static java.util.Optional<String> ownJar() {
        try {
            Path p = Path.of(SparkJobs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") ? java.util.Optional.of(p.toString()) : java.util.Optional.empty();
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String where() {
        return where;
    }

    @Override
    public String address() {
        return context.sc().uiWebUrl().isDefined() ? context.sc().uiWebUrl().get() : null;
    }

    @Override
    public long jobMemoryMb() {
        return jobMemoryMb;
    }

    @Override
    public String memorySetting() {
        return memorySetting;
    }

    @Override
    public void run(JobBatch batch, List<JobKey> jobs, ProgressListener progress, CancelToken cancel,
                    Consumer<JobResult> done) {
        String group = "recbridge-" + UUID.randomUUID();
        JobProgress watch = new JobProgress(group, jobs.size(), where, progress);
        context.sc().addSparkListener(watch);
        Broadcast<JobBatch> shared = context.broadcast(batch);
        context.setJobGroup(group, "RecBridge: " + jobs.size() + " trainings", true);
        try {
            List<JavaFutureAction<List<String>>> futures = new ArrayList<>();
            for (JobKey key : jobs) {
                futures.add(context.parallelize(List.of(key), 1).map(k -> runTask(shared.value(), k)).collectAsync());
            }
            boolean[] taken = new boolean[jobs.size()];
            int left = jobs.size();
            while (left > 0) {
                if (cancel.isCancelled()) {
                    context.cancelJobGroup(group);
                    throw new CancelledException();
                }
                for (int i = 0; i < futures.size(); i++) {
                    if (!taken[i] && futures.get(i).isDone()) {
                        taken[i] = true;
                        left--;
                        done.accept(resultOf(futures.get(i), jobs.get(i), batch));
                    }
                }
                sleep(cancel);
            }
        } finally {
            context.clearJobGroup();
            context.sc().removeSparkListener(watch);
            shared.destroy();
        }
    }

    private static void sleep(CancelToken cancel) {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
        }
    }

    /** A finished Spark job's result; one that failed every try is the job's failure, with Spark's reason. */
    private JobResult resultOf(JavaFutureAction<List<String>> future, JobKey key, JobBatch batch) {
        try {
            return JobResult.fromJson(future.get().get(0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (Exception e) {
            return JobResult.failed(key, new RunFailure(batch.strategies().get(key.strategy()).label(),
                    batch.learners().get(key.learner()).label(), key.seed(), "failed in every try on " + where
                    + ": " + rootMessage(e)));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /**
     * One job, on an executor. Spark stops a task of a cancelled group by interrupting it; training checks a
     * cancel token, not interrupts, so a watcher turns the one into the other.
     */
    static String runTask(JobBatch batch, JobKey key) {
        CancelToken cancel = new CancelToken();
        TaskContext task = TaskContext.get();
        Thread watcher = new Thread(() -> {
            while (!cancel.isCancelled()) {
                if (task != null && task.isInterrupted()) {
                    cancel.cancel();
                }
                try {
                    Thread.sleep(POLL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "recbridge-task-cancel");
        watcher.setDaemon(true);
        watcher.start();
        try {
            return ExperimentRunner.runJob(batch, key, cancel).toJson();
        } finally {
            watcher.interrupt();
        }
    }

    /** Spark jobs of this context still running. */
    int activeJobs() {
        return context.statusTracker().getActiveJobIds().length;
    }

    @Override
    public void close() {
        context.close();
    }
}
