package org.recbridge.ui;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread keeps events waiting: every 10 ms a background thread posts a ping, and
 * the ping notes how late it ran and how much CPU time the FX thread spent meanwhile. That CPU time is the
 * application's own stall (work it did on the FX thread while the ping waited). The wall-clock lateness adds
 * what the application does not control: garbage-collection pauses, and waiting for a core when other
 * processes crowd the machine (measured at load 12 on 2 cores: FX thread idle, yet pings 300 ms late).
 */
final class FxStallMeter implements AutoCloseable {
    private static final long NOTE_ABOVE_MS = 50;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-stall-meter");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong worstLate = new AtomicLong();
    private final AtomicLong worstBusy = new AtomicLong();
    private final AtomicLong pings = new AtomicLong();
    private final long started = System.nanoTime();
    private final List<String> stalls = Collections.synchronizedList(new ArrayList<>());
    private final long fxThread;
    private volatile boolean stopped;

    /** Call on the FX thread, which it measures. */
    FxStallMeter() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("start the meter on the FX thread");
        }
        fxThread = Thread.currentThread().getId();
        pinger.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            long gcBefore = gcMillis();
            long cpuBefore = threads.getThreadCpuTime(fxThread);
            Platform.runLater(() -> {
                if (stopped) {
                    return;
                }
                long late = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - posted);
                long busy = TimeUnit.NANOSECONDS.toMillis(threads.getCurrentThreadCpuTime() - cpuBefore);
                long gc = gcMillis() - gcBefore;
                worstLate.accumulateAndGet(late, Math::max);
                worstBusy.accumulateAndGet(busy, Math::max);
                pings.incrementAndGet();
                if (late > NOTE_ABOVE_MS) {
                    stalls.add(String.format("%d ms late (FX thread busy %d ms, garbage collection %d ms) at %d ms",
                            late, busy, gc, TimeUnit.NANOSECONDS.toMillis(posted - started)));
                }
            });
        }, 0, 10, TimeUnit.MILLISECONDS);
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** The most CPU time the FX thread spent on other work while one ping waited. */
    long worstBusyMillis() {
        return worstBusy.get();
    }

    /** The longest a ping waited, by the wall clock. */
    long worstLateMillis() {
        return worstLate.get();
    }

    /** Pings more than 50 ms late, with the FX thread's work and the collections meanwhile. */
    List<String> stalls() {
        return List.copyOf(stalls);
    }

    long pings() {
        return pings.get();
    }

    /** Pings handled after this (called on the FX thread) no longer count. */
    void stop() {
        stopped = true;
    }

    @Override
    public void close() {
        pinger.shutdownNow();
    }
}
