package org.recbridge.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak live heap and process CPU time around one measurement, from the JVM's own counters. The peak is the
 * largest heap in use right after a garbage collection (young collections included), so garbage that a
 * collection would free does not count: what the work holds, not how lazily the collector runs.
 */
public final class HeapPeak {
    private static final AtomicLong PEAK = new AtomicLong();
    /**
     * A collection reports every pool, metaspace and compiled code too: tens of megabytes that do not grow with
     * the data and that the live heap measured before loading ({@link #liveBytes}) does not hold either.
     */
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(HeapPeak::afterCollection, null, null);
            }
        }
    }

    private HeapPeak() {
    }

    private static void afterCollection(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (HEAP_POOLS.contains(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        PEAK.accumulateAndGet(used, Math::max);
    }

    /** Collects garbage and restarts the peak, so the next {@link #peakBytes} is the coming work's. */
    public static void reset() {
        PEAK.set(liveBytes());
    }

    /** Counts the heap in use now, garbage collected, towards the peak. */
    static void sampleLive() {
        PEAK.accumulateAndGet(liveBytes(), Math::max);
    }

    /** The heap in use once garbage is collected, bytes. */
    public static long liveBytes() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The largest heap in use after a collection since {@link #reset}, bytes (heap pools only). */
    public static long peakBytes() {
        System.gc(); // the work's end state counts too
        return PEAK.get();
    }
    /** CPU seconds of the whole process so far (all threads, GC included). */
    static double processCpuSeconds() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }
}
