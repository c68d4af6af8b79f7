package org.recbridge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.recbridge.analysis.diagnostics.Diagnostics;
import org.recbridge.analysis.diagnostics.DiagnosticsSettings;
import org.recbridge.data.Domain;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.ProblemBuilder;
import org.recbridge.experiment.Project;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.transfer.Pooled;
import org.recbridge.transfer.RunContext;
import org.recbridge.transfer.TransferProblem;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * The measurements behind {@code recbridge bench}: import, one pooled training run per learner timed per
 * epoch, the domain diagnostics, and a project run at two thread counts. Each works on real project files and
 * the engine's own code paths; nothing is simulated.
 */
public final class Benchmarks {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Benchmarks() {
    }

    /**
     * A project's data with what loading it cost.
     *
     * @param heapBefore live heap before loading, bytes: what the JVM and earlier work hold, not this data
     */
    public record Loaded(Project project, LoadedData data, long interactions, double wallSeconds,
                         double cpuSeconds, long heapBefore) {
    }

    /**
     * One pooled training run (target and source rows together, seed 1).
     *
     * @param rows         training rows (with the sampled negatives, if any)
     * @param fitCpu       process CPU seconds of encoding and training, all epochs (JIT compiler and GC threads
     *                     included)
     * @param fitThreadCpu CPU seconds of the training thread itself, encoding and all epochs: the work that
     *                     grows with the data, without the JIT's warm-up that a small run does not amortise
     * @param peakHeap     peak live heap while encoding and training, the data included and what the JVM held
     *                     before loading it excluded, bytes (see {@link HeapPeak#peakBytes})
     */
    public record Training(LearnerKind kind, long rows, int epochs, double wallPerEpoch, double cpuPerEpoch,
                           double fitWall, double fitCpu, double fitThreadCpu, long peakHeap) {
    }

    public static Loaded load(Project project) throws java.io.IOException, org.recbridge.data.DataFormatException {
        long before = HeapPeak.liveBytes();
        double cpu = HeapPeak.processCpuSeconds();
        long start = System.nanoTime();
        LoadedData data = DataLoader.load(project, ProgressListener.none(), CancelToken.none());
        double wall = (System.nanoTime() - start) / 1e9;
        long interactions = data.target().interactions().size();
        for (Domain s : data.sources()) {
            interactions += s.interactions().size();
        }
        return new Loaded(project, data, interactions, wall, HeapPeak.processCpuSeconds() - cpu, before);
    }

    /** Trains the pooled strategy with the project's settings for {@code kind}, but exactly {@code epochs} epochs. */
    public static Training pooled(Loaded loaded, LearnerKind kind, int epochs) {
        return pooled(loaded, kind, epochs, false);
    }

    /**
     * As {@link #pooled(Loaded, LearnerKind, int)}; with {@code sampleHeap}, the live heap is also measured at
     * the end of each epoch (collecting garbage there, so the times of such a run are not for comparing): code
     * that makes little garbage may see no collection during a whole fit, and then the peak after collections
     * would miss the training's live set.
     */
    public static Training pooled(Loaded loaded, LearnerKind kind, int epochs, boolean sampleHeap) {
        Project project = loaded.project();
        LearnerSettings base = project.learners().stream().filter(l -> l.kind() == kind).findFirst()
                .orElse(LearnerSettings.defaults(kind));
        // patience as long as the run, so every epoch runs and is timed
        LearnerSettings settings = new LearnerSettings(kind, epochs, base.learningRate(), base.l2(), base.factors(),
                Math.max(1, epochs));
        TransferProblem problem = new ProblemBuilder(loaded.data(), project.task(), project.features())
                .build(project.protocol(), 1);
        long rows = problem.split().train().size() + problem.sources().stream().mapToLong(s -> s.rows().size()).sum();
        EpochTimer timer = new EpochTimer();
        HeapPeak.reset();
        double cpu = HeapPeak.processCpuSeconds();
        long thread = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        new Pooled().train(problem, new SgdLearner(settings, project.task().kind()),
                new RunContext(1, CancelToken.none(), !sampleHeap ? timer : (fraction, message) -> {
                    timer.progress(fraction, message);
                    if (message.startsWith("epoch ")) {
                        HeapPeak.sampleLive();
                    }
                }));
        double wall = (System.nanoTime() - start) / 1e9;
        return new Training(kind, rows, timer.epochs(), timer.wallPerEpoch(), timer.cpuPerEpoch(), wall,
                HeapPeak.processCpuSeconds() - cpu, (THREADS.getCurrentThreadCpuTime() - thread) / 1e9,
                HeapPeak.peakBytes() - loaded.heapBefore());
    }

    /** {wall, CPU} seconds of the domain diagnostics with default settings. */
    public static double[] diagnostics(Loaded loaded) {
        double cpu = HeapPeak.processCpuSeconds();
        long start = System.nanoTime();
        Diagnostics.compute(loaded.data(), loaded.project().task(), DiagnosticsSettings.defaults(), CancelToken.none());
        return new double[] {(System.nanoTime() - start) / 1e9, HeapPeak.processCpuSeconds() - cpu};
    }

    /** {wall, CPU} seconds of running the project (its strategies, learners and seeds) on {@code threads} threads. */
    public static double[] run(Loaded loaded, int threads) {
        double cpu = HeapPeak.processCpuSeconds();
        long start = System.nanoTime();
        new ExperimentRunner(threads).run(loaded.project(), loaded.data(), ProgressListener.none(), CancelToken.none());
        return new double[] {(System.nanoTime() - start) / 1e9, HeapPeak.processCpuSeconds() - cpu};
    }
}
