package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunCacheTest {
    @Test
    void concurrentCallersOfOneKeyComputeItOnce() throws Exception {
        RunCache cache = new RunCache();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> first = pool.submit(() -> cache.get("k", () -> {
                started.countDown();
                sleep(200); // hold the computation so the second caller arrives while it runs
                computed.incrementAndGet();
                return new Object();
            }));
            started.await(5, TimeUnit.SECONDS);
            Future<Object> second = pool.submit(() -> cache.get("k", () -> {
                computed.incrementAndGet();
                return new Object();
            }));
            assertSame(first.get(5, TimeUnit.SECONDS), second.get(5, TimeUnit.SECONDS));
            assertEquals(1, computed.get());
            assertEquals("other", cache.get("k2", () -> "other"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailureReachesEveryCallerOfTheKey() {
        RunCache cache = new RunCache();
        assertThrows(IllegalArgumentException.class, () -> cache.get("bad", () -> {
            throw new IllegalArgumentException("no");
        }));
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                () -> cache.get("bad", () -> "would succeed"));
        assertEquals("no", again.getMessage());
    }

    @Test
    void anEntryIsDroppedWhenTheLastJobExpectingItFinishes() {
        RunCache cache = new RunCache();
        cache.expect(List.of("shared", "first's own"));
        cache.expect(List.of("shared", "shared"));
        Object shared = cache.get("shared", Object::new);
        cache.get("first's own", Object::new);
        cache.get("nobody declared", Object::new);
        assertEquals(3, cache.size());
        cache.finished(List.of("shared", "first's own"));
        assertEquals(2, cache.size(), "the second job still expects the shared entry");
        assertSame(shared, cache.get("shared", Object::new));
        cache.finished(List.of("shared", "shared"));
        assertEquals(1, cache.size(), "only the undeclared entry stays");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
