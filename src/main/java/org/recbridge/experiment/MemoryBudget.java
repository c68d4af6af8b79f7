package org.recbridge.experiment;

import java.util.concurrent.Semaphore;
import org.recbridge.transfer.SourceData;
import org.recbridge.transfer.TransferProblem;
import org.recbridge.util.CancelledException;
import org.recbridge.util.OutOfMemory;

/**
 * Keeps parallel runs within the heap. A run's memory is estimated from its row counts (the rows a strategy
 * may train on: target training and validation rows plus every source row), a run starts only when its
 * estimate fits in what the heap has left after the data, and a run that could never fit is refused before
 * anything starts, with the heap size to ask for, instead of dying with an OutOfMemoryError half-way.
 */
final class MemoryBudget {
    /**
     * Heap per training row while a run trains, from heap histograms on a million interactions: the packed
     * training rows take about 90 bytes a row with a user, an item and four side features (joint's doubled
     * features about 165), the rest is the validation rows, models and chunks of scored rows. Every strategy
     * streams its source rows into the packed form, re-weighted ones included, so none holds them encoded too:
     * all fourteen strategies run on that million within a 1 GB heap. A run that still outgrows its estimate is
     * caught and reported as "not enough memory".
     */
    static final long BYTES_PER_ROW = 250;
    /** Left free for the JVM, evaluation chunks and the results. */
    private static final long RESERVE = 64L << 20;
    private static final long MB = 1L << 20;

    private final long budgetMb;
    private final Semaphore permits;

    private MemoryBudget(long budgetMb) {
        this.budgetMb = Math.max(1, budgetMb);
        this.permits = new Semaphore((int) Math.min(Integer.MAX_VALUE, this.budgetMb), true);
    }

    /**
     * The budget left in this JVM's heap now that the data and splits are loaded. Garbage counts as used until
     * collected, so when the runs to go at once ({@code neededMb}) do not fit, the heap is collected and measured
     * again; small runs skip that pause.
     */
    static MemoryBudget ofHeap(long neededMb) {
        MemoryBudget budget = new MemoryBudget(freeMb());
        if (neededMb <= budget.budgetMb) {
            return budget;
        }
        System.gc();
        return new MemoryBudget(freeMb());
    }

    private static long freeMb() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return (rt.maxMemory() - used - RESERVE) / MB;
    }

    static MemoryBudget ofMegabytes(long mb) {
        return new MemoryBudget(mb);
    }

    long budgetMb() {
        return budgetMb;
    }

    /** The estimated heap of one run of a problem, in MB (at least 1). */
    static long estimateMb(TransferProblem problem) {
        long rows = problem.split().train().size() + problem.split().validation().size();
        for (SourceData s : problem.sources()) {
            rows += s.rows().size();
        }
        return Math.max(1, rows * BYTES_PER_ROW / MB);
    }

    /**
     * Why a run of {@code mb} can never start here ("not enough memory: ..., start java with -Xmx..."), or null
     * if it fits in the budget.
     */
    String refusal(long mb, String what) {
        if (mb <= budgetMb) {
            return null;
        }
        long heapMb = Runtime.getRuntime().maxMemory() / MB;
        long askMb = heapMb + (mb - budgetMb) + RESERVE / MB;
        return String.format("not enough memory: %s needs about %d MB of heap, %d MB are left of %d MB after "
                + "loading the data (start java with -Xmx%dm or more)", what, mb, budgetMb, heapMb, roundUp(askMb));
    }

    /** Waits until {@code mb} fits beside the runs already going, then holds it until {@link #release}. */
    void acquire(long mb) {
        try {
            permits.acquire((int) Math.min(mb, budgetMb));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    void release(long mb) {
        permits.release((int) Math.min(mb, budgetMb));
    }

    /** A heap size worth typing: the next multiple of 256 MB. */
    static long roundUp(long mb) {
        return OutOfMemory.roundUp(mb);
    }
}
