package org.recbridge.experiment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.recbridge.data.Domain;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.features.FeatureSink;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.task.Row;
import org.recbridge.transfer.SourceData;
import org.recbridge.transfer.TransferProblem;
import org.recbridge.transfer.TransferStrategy;
import org.recbridge.util.CancelledException;
import org.recbridge.util.OutOfMemory;

/**
 * Keeps parallel runs within the heap. A run's memory is estimated from its rows (the rows a strategy may train
 * on: target training and validation rows plus every source row, at their encoded width) and its learner's
 * parameters (per feature name, times the FM's factors), a run starts only when its
 * estimate fits in what the heap has left after the data, and a run that could never fit is refused before
 * anything starts, with the heap size to ask for, instead of dying with an OutOfMemoryError half-way.
 */
final class MemoryBudget {
    /**
     * Heap per training row beside its features, from heap histograms on a million interactions: the row's
     * handle and block header, its validation and scored-row share and the strategy's per-row arrays (about 160
     * bytes). Every strategy streams its source rows into the packed form, re-weighted ones included, so none
     * holds them encoded too. A run that still outgrows its estimate is caught and reported as "not enough memory".
     */
    static final long BYTES_PER_ROW = 180;
    /** Each feature of a packed row: a 4-byte id and an 8-byte value ({@code TrainingRows}' blocks). */
    static final long BYTES_PER_ROW_FEATURE = 12;
    /**
     * Copies of the parameters alive at once while an SGD learner trains: the parameters, AdaGrad's squared
     * gradient sums, the best epoch's copy and the next one made before it is dropped, the model built from the
     * kept copy, and the steps' gradients. Measured: an FM going from 8 to 64 factors over 52,000 user and item
     * names grew the peak heap by 150 to 180 MB, 6 to 7 copies (MemoryEstimateTest).
     */
    static final int PARAMETER_COPIES = 6;
    /** A feature's name and its entries in Tribuo's feature map and in the featurizer's caches. */
    static final long BYTES_PER_FEATURE_NAME = 260;
    /** Rows whose encoded width stands for all rows. */
    private static final int WIDTH_SAMPLE = 2000;
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

    /**
     * The estimated heap of one run of {@code strategy} with {@code learner} on a problem, in MB (at least 1): the
     * packed rows (every row the strategy may train on, as wide as the problem's rows encode, widened by the
     * strategy's own features) and the learner's parameters (an FM's grow with its factor count) over every
     * feature name the rows can hold.
     */
    static long estimateMb(TransferProblem problem, TransferStrategy strategy, LearnerSettings learner) {
        return estimateMb(RowWidth.of(problem), problem, strategy, learner);
    }

    /** As {@link #estimateMb(TransferProblem, TransferStrategy, LearnerSettings)}, with the problem's width known. */
    static long estimateMb(RowWidth width, TransferProblem problem, TransferStrategy strategy, LearnerSettings learner) {
        long rows = problem.split().train().size() + problem.split().validation().size();
        for (SourceData s : problem.sources()) {
            rows += s.rows().size();
        }
        double perRow = width.features() * strategy.memoryScale() + strategy.transferredFeaturesPerRow(problem, learner);
        double rowBytes = rows * (BYTES_PER_ROW + BYTES_PER_ROW_FEATURE * perRow);
        long features = (long) Math.ceil(width.distinctFeatures() * strategy.memoryScale());
        int perFeature = 1 + (learner.kind() == LearnerKind.FM ? learner.factors() : 0);
        double parameterBytes = features * (BYTES_PER_FEATURE_NAME + (double) PARAMETER_COPIES * perFeature * Double.BYTES);
        return Math.max(1, (long) Math.ceil((rowBytes + parameterBytes) / MB));
    }

    /**
     * The mean encoded width of a problem's rows (a sample of the target's training rows and of each source's)
     * and how many distinct feature names they can hold: every user and item of every domain, and the side
     * feature names the sample met.
     */
    record RowWidth(double features, long distinctFeatures) {
        static RowWidth of(TransferProblem problem) {
            Set<String> side = new HashSet<>();
            FeatureSink sink = new FeatureSink();
            long ids = ids(problem.target());
            double sum = sample(problem.split().train(), problem.targetFeaturizer(), sink, side);
            long sampled = Math.min(WIDTH_SAMPLE, problem.split().train().size());
            for (SourceData s : problem.sources()) {
                ids += ids(s.domain());
                sum += sample(s.rows(), s.featurizer(), sink, side);
                sampled += Math.min(WIDTH_SAMPLE, s.rows().size());
            }
            return new RowWidth(sampled == 0 ? 2 : sum / sampled, ids + side.size());
        }

        private static long ids(Domain domain) {
            return domain.interactions().users().size() + domain.interactions().items().size();
        }

        /** The summed width of up to {@link #WIDTH_SAMPLE} rows spread over {@code rows}; side names go to {@code side}. */
        private static double sample(List<Row> rows, DomainFeaturizer featurizer, FeatureSink sink, Set<String> side) {
            int n = Math.min(WIDTH_SAMPLE, rows.size());
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sink.clear();
                featurizer.addFeatures(rows.get((int) ((long) i * rows.size() / n)), sink);
                sum += sink.size();
                for (int f = 0; f < sink.size(); f++) {
                    String name = sink.name(f);
                    if (!name.startsWith(DomainFeaturizer.USER_PREFIX) && !name.startsWith(DomainFeaturizer.ITEM_PREFIX)) {
                        side.add(name);
                    }
                }
            }
            return sum;
        }
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
