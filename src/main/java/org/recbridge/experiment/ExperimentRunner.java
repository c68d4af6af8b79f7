package org.recbridge.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oracle.labs.mlrg.olcut.config.json.JsonProvenanceSerialization;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.recbridge.analysis.curves.OverfittingDetector;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.analysis.significance.Comparisons;
import org.recbridge.data.Overlap;
import org.recbridge.eval.EvaluationSettings;
import org.recbridge.eval.GroupMetrics;
import org.recbridge.eval.RankingCandidates;
import org.recbridge.eval.TestEvaluator;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.Labeller;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.RunCache;
import org.recbridge.transfer.RunContext;
import org.recbridge.transfer.TrainedStrategy;
import org.recbridge.transfer.TransferProblem;
import org.recbridge.transfer.TransferStrategy;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.OutOfMemory;
import org.recbridge.util.ProgressListener;

/**
 * Runs strategies x learners x seeds, in parallel up to the given number of threads, and collects test
 * metrics per user group, training curves and provenance. Every seed's split is shared by all strategies,
 * so results can be compared paired by seed. A run that fails is recorded in the results' failures and the
 * others go on; only a cancel stops them all.
 */
public final class ExperimentRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Seeds whose splits an executor keeps: jobs go seed by seed, so the running ones span two or three. */
    static final int REMOTE_SEEDS = 3;
    private static final RecentSeeds<SeedSetup> REMOTE_SETUPS = new RecentSeeds<>(REMOTE_SEEDS);
    private final int threads;
    /** Where jobs run instead of this JVM's threads, or null. */
    private final RemoteJobs remote;

    public ExperimentRunner(int threads) {
        this(threads, null);
    }

    /** A runner whose jobs run {@code remote}ly; {@code threads} still serve the work around them (diagnostics). */
    public ExperimentRunner(int threads, RemoteJobs remote) {
        this.threads = Math.max(1, threads);
        this.remote = remote;
    }

    /** How many jobs run at once. */
    public int threads() {
        return threads;
    }

    public static ExperimentRunner withAllCores() {
        return new ExperimentRunner(Runtime.getRuntime().availableProcessors());
    }

    /** A trained strategy with its test metrics, for callers that keep the models (export, GUI). */
    public record Outcome(TrainedStrategy trained, List<RunRecord> records, RunInfo info) {
    }

    public ExperimentResults run(Project project, LoadedData data, ProgressListener progress, CancelToken cancel) {
        return run(project, data, progress, cancel, outcome -> { });
    }

    /**
     * Runs the project and hands every finished run, with its trained models and feature builders, to
     * {@code keep}: the results alone hold no models, so callers that export or apply models collect them here.
     * Runs reach {@code keep} in job order, one at a time, from the runner's threads, as soon as they and the
     * runs before them are done; the runner itself keeps no model, so models live on only where kept.
     */
    public ExperimentResults run(Project project, LoadedData data, ProgressListener progress, CancelToken cancel,
                                 Consumer<Outcome> keep) {
        // diagnose still shows such data ("every rating is a like"); training on it would fail every run
        String oneClass = Labeller.oneClassOnly(data.target().name(), data.target().interactions(), project.task());
        if (oneClass != null) {
            throw new IllegalArgumentException((project.file() == null ? "" : project.file().getFileName() + ", ")
                    + "field task.likeThreshold: " + oneClass);
        }
        ProblemBuilder builder = new ProblemBuilder(data, project.task(), project.features());
        List<String> notes = new ArrayList<>(data.summaries());
        List<SeedSetup> setups = new ArrayList<>();
        SplitNotes thin = new SplitNotes(project.task().kind(), project.seeds().size());
        for (long seed : project.seeds()) {
            cancel.check();
            TransferProblem problem = builder.build(project.protocol(), seed);
            thin.add(problem.split(), seed);
            if (problem.targetFeaturizer().keptSideFeatures() != null) {
                notes.add("seed " + seed + ": side features kept (top " + project.features().topK()
                        + " by mRMR on the training rows): " + String.join(", ",
                        new java.util.TreeSet<>(problem.targetFeaturizer().keptSideFeatures())));
            }
            var baseline = problem.targetFeaturizer().baseline();
            if (baseline != null) {
                notes.add("seed " + seed + ": baseline features (item quality, user bias) with shrinkage "
                        + org.recbridge.transfer.Setting.fmt(baseline.shrinkage().item()) + " (items) and "
                        + org.recbridge.transfer.Setting.fmt(baseline.shrinkage().user()) + " (users)"
                        + (project.features().itemShrinkage() == null || project.features().userShrinkage() == null
                        ? ", chosen on the validation rows" : ", as the project sets"));
            }
            RankingCandidates candidates = RankingCandidates.build(problem.split(), project.task(), project.evaluation(), seed);
            String capped = candidates.shortfall(project.evaluation().negatives(), seed);
            String trivial = candidates.trivialK(project.evaluation().ks(), seed);
            if (setups.isEmpty()) { // the first seed's count stands for all: one catalogue
                java.util.stream.Stream.of(capped, trivial).filter(java.util.Objects::nonNull).forEach(notes::add);
            }
            String unranked = candidates.unrankedNote(seed); // each seed's split has its own training items
            if (unranked != null) {
                notes.add(unranked);
            }
            setups.add(SeedSetup.of(problem, project.task(), project.evaluation(), candidates, seed));
        }
        notes.addAll(thin.notes());
        List<String> skipped = RunPlan.of(project).skipped();
        notes.addAll(skipped);
        List<Job> jobs = new ArrayList<>();
        for (int si = 0; si < project.strategies().size(); si++) {
            TransferStrategy strategy = project.strategies().get(si);
            for (int li = 0; li < project.learners().size(); li++) {
                LearnerSettings learner = project.learners().get(li);
                if (strategy.unsupported(learner.kind(), project.task().kind()) != null) {
                    continue; // said in the plan's notes
                }
                for (SeedSetup s : setups) {
                    jobs.add(new Job(s, strategy, learner, si, li));
                }
            }
        }
        if (jobs.isEmpty()) {
            throw new IllegalArgumentException("no strategy can run with the chosen learners and task: "
                    + String.join("; ", skipped));
        }
        Job largest = jobs.stream().max(java.util.Comparator.comparingLong(Job::memoryMb)).orElseThrow();
        MemoryBudget memory = MemoryBudget.ofHeap(largest.memoryMb() * Math.min(threads, jobs.size()));
        // a run that can never fit is refused before anything starts, and the others run; if none fits, nothing does
        List<RunFailure> failures = new ArrayList<>();
        List<Job> fitting = new ArrayList<>();
        for (Job job : jobs) {
            String refusal = remote == null
                    ? memory.refusal(job.memoryMb(), "this run (" + rowsText(job.setup().problem()) + ")")
                    : remoteRefusal(job);
            if (refusal == null) {
                fitting.add(job);
            } else {
                failures.add(new RunFailure(job.strategy().label(), job.learner().label(), job.setup().seed(),
                        refusal));
            }
        }
        if (fitting.isEmpty()) {
            throw new IllegalArgumentException(remote == null
                    ? memory.refusal(largest.memoryMb(), largest.description()) : remoteRefusal(largest));
        }
        List<RunRecord> records = new ArrayList<>();
        List<RunInfo> runs = new ArrayList<>();
        if (remote != null) {
            notes.add("jobs ran on " + remote.where());
            runRemotely(fitting, JobBatch.of(project, data), progress, cancel, result -> {
                if (result.failure() != null) {
                    failures.add(result.failure());
                } else {
                    records.addAll(result.records());
                    runs.add(result.info());
                }
            });
        } else {
            runAll(fitting, project, memory, progress, cancel, f -> {
                if (f.failure() != null) {
                    failures.add(f.failure());
                    return;
                }
                keep.accept(f.outcome());
                records.addAll(f.outcome().records());
                runs.add(f.outcome().info());
            });
        }
        runs.stream().filter(r -> r.curve().stoppedShort()).forEach(r -> notes.add(String.format("%s with %s, seed %d "
                + "stopped short: it kept its last epoch (%d) while validation was still improving; more epochs may "
                + "help", r.strategy(), r.learner(), r.seed(), r.curve().bestEpoch())));
        List<String> metrics = setups.get(0).evaluator().metricNames();
        String main = metrics.get(0);
        EvaluationSettings evaluation = project.evaluation();
        if (project.strategies().stream().noneMatch(x -> x.label().equals(evaluation.baseline()))) {
            notes.add("the baseline " + evaluation.baseline() + " is not among the strategies run: no comparisons");
        }
        List<Comparison> comparisons = Comparisons.compute(records, evaluation.baseline(), main,
                Comparisons.higherIsBetter(main), project.protocol().test() / project.protocol().train(),
                evaluation.alpha(), evaluation.minimumEffect(main));
        return new ExperimentResults(ExperimentResults.FORMAT_VERSION, project.name(), OffsetDateTime.now().toString(),
                project.task().kind().id(), project.protocol().protocol().id(), project.seeds(), metrics, records, runs,
                Summaries.of(records, metrics),
                Overlap.of(data.sources(), data.target()), comparisons, notes, List.of(), List.of(), null,
                List.of(), failures, project.linking());
    }

    /** Why a job cannot run remotely (it would not fit one executor's heap), or null. */
    private String remoteRefusal(Job job) {
        long need = job.memoryMb();
        if (need <= remote.jobMemoryMb()) {
            return null;
        }
        return String.format("%s needs about %d MB, more than one executor's %d MB on %s: a job runs on one "
                + "executor, so raise %s to at least %dm", job.description(), need, remote.jobMemoryMb(),
                remote.where(), remote.memorySetting(), MemoryBudget.roundUp(need * 2));
    }

    /** Runs the jobs remotely and passes their results on in job order, as a local run does. */
    private void runRemotely(List<Job> jobs, JobBatch batch, ProgressListener progress, CancelToken cancel,
                             Consumer<JobResult> pass) {
        List<JobKey> keys = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            keys.add(new JobKey(i, job.strategyIndex(), job.learnerIndex(), job.setup().seed()));
        }
        // sent seed by seed (a stable sort), so that an executor's jobs of one seed share its split (runJob)
        List<JobKey> bySeed = new ArrayList<>(keys);
        bySeed.sort(java.util.Comparator.comparingLong(JobKey::seed));
        JobResult[] results = new JobResult[jobs.size()];
        remote.run(batch, bySeed, progress, cancel, r -> results[r.key().index()] = r);
        cancel.check();
        for (int i = 0; i < results.length; i++) {
            Job job = jobs.get(i);
            pass.accept(results[i] != null ? results[i] : JobResult.failed(keys.get(i), new RunFailure(
                    job.strategy().label(), job.learner().label(), job.setup().seed(),
                    "no result came back from " + remote.where())));
        }
    }

    /**
     * Runs one job of a batch on its own, as a remote executor does: its seed's split is made again from the
     * batch's data and settings (deterministically, so it is the split a local run trains on), then the job trains
     * and is tested exactly as a local job is. The split is made once per seed in this JVM while the seed is among
     * the last {@value #REMOTE_SEEDS} asked for (the jobs are sent seed by seed), and jobs of the seed running at
     * once share their shared models as a local run's do. A failure of the job is its result, not an exception; a
     * cancel throws.
     */
    public static JobResult runJob(JobBatch batch, JobKey key, CancelToken cancel) {
        cancel.check();
        SeedSetup setup = REMOTE_SETUPS.get(batch, key.seed(), () -> {
            TransferProblem problem = new ProblemBuilder(batch.data(), batch.task(), batch.features())
                    .build(batch.protocol(), key.seed());
            return SeedSetup.of(problem, batch.task(), batch.evaluation(),
                    RankingCandidates.build(problem.split(), batch.task(), batch.evaluation(), key.seed()), key.seed());
        });
        Job job = new Job(setup, batch.strategies().get(key.strategy()), batch.learners().get(key.learner()),
                key.strategy(), key.learner());
        // as in a local run: models the seed's jobs share are held only while a job that may use them runs
        List<String> cacheKeys = job.cacheKeys();
        setup.problem().cache().expect(cacheKeys);
        Finished f;
        try {
            f = runOrRecordFailure(job, batch.task().kind(), cancel);
        } finally {
            setup.problem().cache().finished(cacheKeys);
        }
        return f.failure() != null ? JobResult.failed(key, f.failure())
                : new JobResult(key, f.outcome().records(), f.outcome().info(), null);
    }

    /**
     * Runs every job; a job that fails is recorded and the others go on, but a cancel stops them all. Each
     * finished job goes to {@code pass} in job order, as soon as the jobs before it have gone, one at a time,
     * and is not held after: its models live on only if the consumer keeps them. A job's shared models stay in
     * its seed's run cache only while a job that may ask for them has not finished.
     */
    private void runAll(List<Job> jobs, Project project, MemoryBudget memory, ProgressListener progress,
                        CancelToken cancel, Consumer<Finished> pass) {
        for (Job job : jobs) {
            job.setup().problem().cache().expect(job.cacheKeys());
        }
        InOrder inOrder = new InOrder(jobs.size(), pass);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), r -> {
            Thread t = new Thread(r, "recbridge-run");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                Job job = jobs.get(i);
                int index = i;
                futures.add(pool.submit(() -> {
                    Finished f;
                    memory.acquire(job.memoryMb());
                    try {
                        f = runOrRecordFailure(job, project.task().kind(), cancel);
                    } finally {
                        memory.release(job.memoryMb());
                        job.setup().problem().cache().finished(job.cacheKeys());
                    }
                    int n = done.incrementAndGet();
                    progress.progress(n / (double) jobs.size(), String.format("%d/%d %s: %s, %s, seed %d",
                            n, jobs.size(), f.failure() == null ? "done" : "FAILED", job.strategy().label(),
                            job.learner().label(), job.setup().seed()));
                    inOrder.finished(index, f);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
            throw new CancelledException();
        } catch (ExecutionException e) {
            cancel.cancel();
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Finished runOrRecordFailure(Job job, TaskKind task, CancelToken cancel) {
        try {
            return new Finished(runJob(job, task, cancel), null);
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            cancel.check(); // an error caused by cancelling is a cancel, not a failed run
            return new Finished(null, RunFailure.of(job.strategy().label(), job.learner().label(), job.setup().seed(), e));
        } catch (OutOfMemoryError e) {
            // the estimate let it start, yet the heap ran out: this run fails, the finished ones are kept
            long heapMb = Runtime.getRuntime().maxMemory() >> 20;
            return new Finished(null, new RunFailure(job.strategy().label(), job.learner().label(), job.setup().seed(),
                    String.format("not enough memory: the heap of %d MB ran out in this run (%s) (start java with "
                            + "-Xmx%dm, or run fewer --threads)", heapMb, rowsText(job.setup().problem()),
                            OutOfMemory.advisedMb(heapMb))));
        }
    }

    private static String rowsText(TransferProblem problem) {
        long source = problem.sources().stream().mapToLong(s -> s.rows().size()).sum();
        return String.format("%,d source and %,d target training rows", source, problem.split().train().size());
    }

    private static Outcome runJob(Job job, TaskKind task, CancelToken cancel) {
        // a job the pool starts after a cancel must not begin: featurising and building the Tribuo dataset
        // check no token and took up to 2 s on a crowded machine before the first epoch noticed
        cancel.check();
        long started = System.nanoTime();
        SgdLearner learner = new SgdLearner(job.learner(), task);
        long seed = job.setup().seed();
        TransferProblem problem = job.setup().problem();
        TrainedStrategy trained = problem.cache().strategy(job.strategy(), problem, learner,
                new RunContext(seed, cancel, ProgressListener.none()));
        cancel.check();
        List<RunRecord> records = new ArrayList<>();
        for (GroupMetrics g : job.setup().evaluator().evaluate(trained.predictor()::predict,
                trained.predictor(), cancel)) {
            records.add(new RunRecord(job.strategy().label(), job.learner().label(), seed, g.group().id(), g.users(),
                    g.rows(), g.metrics(), g.roc()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        RunInfo info = new RunInfo(job.strategy().label(), job.learner().label(), seed, job.learner(), trained.curve(),
                seconds, trained.details(), provenance(trained),
                OverfittingDetector.generalisationGap(trained.curve()),
                OverfittingDetector.inEpochs(trained.curve()).orElse(null));
        return new Outcome(trained, records, info);
    }

    private static JsonNode provenance(TrainedStrategy trained) {
        try {
            String json = new JsonProvenanceSerialization(false).serializeToString(
                    ProvenanceUtil.marshalProvenance(trained.finalModel().tribuoModel().getProvenance()));
            return JSON.readTree(json);
        } catch (Exception e) {
            return JSON.getNodeFactory().textNode("provenance unavailable: " + e.getMessage());
        }
    }

    /** A seed's problem, its evaluator and its rows' encoded width (sampled once: every job's estimate reads it). */
    private record SeedSetup(long seed, TransferProblem problem, TestEvaluator evaluator, MemoryBudget.RowWidth width) {
        static SeedSetup of(TransferProblem problem, TaskSettings task, EvaluationSettings evaluation,
                            RankingCandidates candidates, long seed) {
            return new SeedSetup(seed, problem, new TestEvaluator(problem.split(), task, evaluation, candidates),
                    MemoryBudget.RowWidth.of(problem));
        }
    }

    /** One training; its memory estimate is made once, as the scheduler reads it several times. */
    private record Job(SeedSetup setup, TransferStrategy strategy, LearnerSettings learner, int strategyIndex,
                       int learnerIndex, long memoryMb) {
        Job(SeedSetup setup, TransferStrategy strategy, LearnerSettings learner, int strategyIndex, int learnerIndex) {
            this(setup, strategy, learner, strategyIndex, learnerIndex,
                    MemoryBudget.estimateMb(setup.width(), setup.problem(), strategy, learner));
        }

        String description() {
            return String.format("%s with %s, seed %d (%s)", strategy.label(), learner.label(), setup.seed(),
                    rowsText(setup.problem()));
        }

        /** The run cache keys the job asks for: its own result (which other jobs may share) and shared models. */
        List<String> cacheKeys() {
            List<String> keys = new ArrayList<>(strategy.sharedModels(setup.problem(), learner));
            keys.add(RunCache.strategyKey(strategy, learner));
            return keys;
        }
    }

    /** Passes finished jobs on in job order, holding only those that finished before an earlier one. */
    private static final class InOrder {
        private final Finished[] waiting;
        private final Consumer<Finished> pass;
        private int next;

        InOrder(int jobs, Consumer<Finished> pass) {
            this.waiting = new Finished[jobs];
            this.pass = pass;
        }

        synchronized void finished(int index, Finished f) {
            waiting[index] = f;
            while (next < waiting.length && waiting[next] != null) {
                Finished ready = waiting[next];
                waiting[next++] = null;
                pass.accept(ready);
            }
        }
    }

    /** A job's outcome, or its failure (exactly one is set). */
    private record Finished(Outcome outcome, RunFailure failure) {
    }
}
