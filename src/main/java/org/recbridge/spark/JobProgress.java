package org.recbridge.spark;

import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.JobSucceeded$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.recbridge.util.ProgressListener;

/**
 * A run's progress as Spark's scheduler reports it: RecBridge jobs finished of the total, failed (every try),
 * and task tries that failed and were retried. Only the Spark jobs of one job group count.
 */
final class JobProgress extends SparkListener {
    private final String group;
    private final int total;
    private final String where;
    private final ProgressListener progress;
    private final Set<Integer> ours = ConcurrentHashMap.newKeySet();
    private final Set<Integer> oursStages = ConcurrentHashMap.newKeySet();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();

    JobProgress(String group, int total, String where, ProgressListener progress) {
        this.group = group;
        this.total = total;
        this.where = where;
        this.progress = progress;
    }

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        Properties p = start.properties();
        if (p != null && group.equals(p.getProperty("spark.jobGroup.id"))) {
            ours.add(start.jobId());
            for (Object id : scala.collection.JavaConverters.seqAsJavaList(start.stageIds())) {
                oursStages.add((Integer) id);
            }
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (oursStages.contains(end.stageId()) && end.taskInfo().failed() && !end.taskInfo().killed()) {
            retried.incrementAndGet();
            report();
        }
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd end) {
        if (!ours.remove(end.jobId())) {
            return;
        }
        if (end.jobResult() == JobSucceeded$.MODULE$) {
            finished.incrementAndGet();
        } else {
            failed.incrementAndGet();
        }
        report();
    }

    private void report() {
        int done = finished.get() + failed.get();
        int tries = retried.get();
        progress.progress(Math.min(1, done / (double) total), String.format("%d/%d done on %s, %d failed, %d %s "
                + "failed and %s retried", done, total, where, failed.get(), tries, tries == 1 ? "try" : "tries",
                tries == 1 ? "was" : "were"));
    }
}
