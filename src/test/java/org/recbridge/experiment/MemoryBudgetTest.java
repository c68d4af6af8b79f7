package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
    @Test
    void refusesARunLargerThanTheBudgetNamingTheHeapToAskFor() {
        MemoryBudget budget = MemoryBudget.ofMegabytes(100);
        assertNull(budget.refusal(100, "small"));
        String refusal = budget.refusal(300, "pooled with fm, seed 1");
        assertTrue(refusal.startsWith("not enough memory: pooled with fm, seed 1 needs about 300 MB"), refusal);
        assertTrue(refusal.matches(".*\\(start java with -Xmx\\d+m or more\\)"), refusal);
    }

    @Test
    void aRunWaitsUntilTheRunsBeforeItHaveGivenTheirMemoryBack() throws InterruptedException {
        MemoryBudget budget = MemoryBudget.ofMegabytes(100);
        budget.acquire(70);
        CountDownLatch started = new CountDownLatch(1);
        Thread second = new Thread(() -> {
            budget.acquire(50);
            started.countDown();
            budget.release(50);
        });
        second.start();
        assertEquals(false, started.await(200, TimeUnit.MILLISECONDS), "50 MB more must wait beside 70 of 100");
        budget.release(70);
        assertTrue(started.await(5, TimeUnit.SECONDS), "released memory lets the waiting run start");
        second.join();
    }

    @Test
    void suggestsHeapSizesInWholeQuarterGigabytes() {
        assertEquals(512, MemoryBudget.roundUp(300));
        assertEquals(1024, MemoryBudget.roundUp(1024));
    }
}
