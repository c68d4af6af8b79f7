package org.recbridge.experiment;

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

/** An executor's cache of seed splits: built once per (batch, seed), bounded, batches told apart by identity. */
class RecentSeedsTest {
    private static JobBatch batch() {
        return new JobBatch(null, null, null, null, null, List.of(), List.of());
    }

    @Test
    void jobsAskingAtOnceShareOneBuild() throws Exception {
        RecentSeeds<Object> seeds = new RecentSeeds<>(3);
        JobBatch batch = batch();
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch secondAsked = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> first = pool.submit(() -> seeds.get(batch, 1, () -> {
                builds.incrementAndGet();
                try {
                    secondAsked.await(5, TimeUnit.SECONDS); // still building when the second job asks
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return new Object();
            }));
            Future<Object> second = pool.submit(() -> {
                Thread.sleep(100); // the first has started building
                secondAsked.countDown();
                return seeds.get(batch, 1, () -> {
                    builds.incrementAndGet();
                    return new Object();
                });
            });
            assertSame(first.get(), second.get());
            assertEquals(1, builds.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsTheLastFewSeedsOfEachBatchAndForgetsAFailedBuild() {
        RecentSeeds<String> seeds = new RecentSeeds<>(2);
        JobBatch batch = batch();
        AtomicInteger builds = new AtomicInteger();
        for (long seed : new long[] {1, 2, 2, 1, 3, 1, 2}) {
            seeds.get(batch, seed, () -> "seed " + seed + " build " + builds.incrementAndGet());
        }
        // 1, 2 built; 2, 1 kept; 3 drops 2 (1 was asked for later); 1 kept; 2 built again and drops 3
        assertEquals(4, builds.get());
        assertEquals("seed 1 build 1", seeds.get(batch, 1, () -> "not built"));
        assertEquals(2, seeds.size());
        // an equal batch that is another copy (another broadcast) is built for on its own
        assertEquals("other copy", seeds.get(batch(), 1, () -> "other copy"));
        assertThrows(IllegalStateException.class, () -> seeds.get(batch, 5, () -> {
            throw new IllegalStateException("the first try failed");
        }));
        assertEquals("second try", seeds.get(batch, 5, () -> "second try"));
    }
}
