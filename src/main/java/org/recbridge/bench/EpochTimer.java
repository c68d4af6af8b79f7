package org.recbridge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.recbridge.util.ProgressListener;

/**
 * Times a training run's epochs from its progress lines ("epoch N: ..."), which the epoch loop sends from the
 * training thread at the end of each epoch: the time between the first and the last such line, divided by the
 * epochs between them, is one epoch's cost, judging on validation included and set-up excluded. CPU time of the
 * training thread is kept beside wall time, since wall time on a shared machine measures the neighbours too.
 */
final class EpochTimer implements ProgressListener {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final List<long[]> marks = new ArrayList<>();

    @Override
    public void progress(double fraction, String message) {
        if (message.startsWith("epoch ")) {
            marks.add(new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime()});
        }
    }

    int epochs() {
        return marks.size();
    }

    /** Seconds of wall time per epoch, or NaN with fewer than two epochs. */
    double wallPerEpoch() {
        return perEpoch(0);
    }

    /** Seconds of the training thread's CPU time per epoch, or NaN with fewer than two epochs. */
    double cpuPerEpoch() {
        return perEpoch(1);
    }

    private double perEpoch(int which) {
        int n = marks.size();
        if (n < 2) {
            return Double.NaN;
        }
        return (marks.get(n - 1)[which] - marks.get(0)[which]) / 1e9 / (n - 1);
    }
}
