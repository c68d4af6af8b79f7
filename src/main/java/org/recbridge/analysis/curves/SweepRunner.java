package org.recbridge.analysis.curves;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.recbridge.eval.Interval;
import org.recbridge.eval.Stats;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.RunFailure;
import org.recbridge.experiment.RunInfo;
import org.recbridge.experiment.RunRecord;
import org.recbridge.learn.EpochPoint;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.transfer.TransferStrategy;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Sweeps one strategy and learner over L2 strengths and FM factor sizes, over the project's seeds. Every
 * setting runs through {@link ExperimentRunner} as one more learner, so the sweep is parallel, uses the same
 * splits and the same test evaluator as the main run, and each run keeps its epoch chosen on validation. The
 * selected setting is the best on validation; test is reported beside it and never consulted.
 */
public final class SweepRunner {
    /** Means over seeds are steadier than one epoch curve, so one worse setting is enough to flag. */
    private static final int SETTING_RUN = 1;
    private final ExperimentRunner runner;
    private final List<String> failedRuns = new ArrayList<>();

    public SweepRunner(ExperimentRunner runner) {
        this.runner = runner;
    }

    /** The runs of the sweeps this runner trained that failed, one line each ("sweep: pooled with fm l2=0.1, ..."). */
    public List<String> failedRuns() {
        return List.copyOf(failedRuns);
    }

    /** The sweeps a project's analysis section asks for (empty when it asks for none). */
    public List<Sweep> run(Project project, LoadedData data, AnalysisSettings analysis, ProgressListener progress,
                           CancelToken cancel) {
        return run(project, data, analysis.sweepStrategy(), project.learners().get(analysis.sweepLearner()),
                analysis.l2Sweep(), analysis.factorSweep(), progress, cancel);
    }

    public List<Sweep> run(Project project, LoadedData data, TransferStrategy strategy, LearnerSettings base,
                           List<Double> l2s, List<Integer> factors, ProgressListener progress, CancelToken cancel) {
        if (!factors.isEmpty() && base.kind() != LearnerKind.FM) {
            throw new IllegalArgumentException("a factor sweep needs an fm learner, got " + base.label());
        }
        // capacity grows with weaker L2 and with more factors: the order the overfitting rule reads
        List<Double> l2Order = l2s.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        List<Double> kOrder = factors.stream().distinct().sorted().map(Integer::doubleValue).toList();
        List<LearnerSettings> l2Settings = l2Order.stream().map(base::withL2).toList();
        List<LearnerSettings> kSettings = kOrder.stream().map(k -> base.withFactors(k.intValue())).toList();
        LinkedHashSet<LearnerSettings> all = new LinkedHashSet<>(l2Settings);
        all.addAll(kSettings); // the base setting may be in both sweeps: run it once
        if (all.isEmpty()) {
            return List.of();
        }
        ExperimentResults results = runner.run(project.withStrategies(List.of(strategy))
                .withLearners(List.copyOf(all)), data, progress, cancel);
        for (RunFailure f : results.failures()) {
            failedRuns.add("sweep: " + f.toLine());
        }
        List<Sweep> out = new ArrayList<>();
        if (!l2Order.isEmpty()) {
            out.add(sweep(results, strategy.label(), base, Sweep.L2, l2Order, l2Settings));
        }
        if (!kOrder.isEmpty()) {
            out.add(sweep(results, strategy.label(), base, Sweep.FACTORS, kOrder, kSettings));
        }
        return out;
    }

    private static Sweep sweep(ExperimentResults results, String strategy, LearnerSettings base, String parameter,
                               List<Double> values, List<LearnerSettings> settings) {
        String metric = results.metrics().get(0);
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String label = settings.get(i).label();
            List<RunInfo> runs = results.runs().stream().filter(r -> r.learner().equals(label)).toList();
            List<Double> test = results.records().stream()
                    .filter(r -> r.learner().equals(label) && r.group().equals("all"))
                    .map(r -> r.metrics().getOrDefault(metric, Double.NaN)).toList();
            points.add(new SweepPoint(values.get(i), label, atKeptEpoch(runs, EpochPoint::trainMetric),
                    atKeptEpoch(runs, EpochPoint::validationMetric), interval(test)));
        }
        double[] train = goodness(metric, points, SweepPoint::train);
        double[] validation = goodness(metric, points, SweepPoint::validation);
        int selected = argmax(validation);
        Double overfitting = Divergence.find(train, null, validation, OverfittingDetector.DEFAULT_TOLERANCE, SETTING_RUN)
                .map(f -> values.get(f.began())).orElse(null);
        return new Sweep(strategy, base.label(), parameter, metric, points,
                selected < 0 ? Double.NaN : values.get(selected), overfitting);
    }

    private static Interval atKeptEpoch(List<RunInfo> runs, Function<EpochPoint, Double> value) {
        return interval(runs.stream().map(r -> OverfittingDetector.keptPoint(r.curve()).map(value))
                .flatMap(Optional::stream).toList());
    }

    /** Mean and 95% interval over seeds, NaN values (no validation, one class) left out. */
    static Interval interval(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray();
        return v.length == 0 ? new Interval(Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN)
                : Stats.meanWithInterval(v, 0.95);
    }

    private static double[] goodness(String metric, List<SweepPoint> points, Function<SweepPoint, Interval> part) {
        return points.stream().mapToDouble(p -> MetricDirection.goodness(metric, part.apply(p).mean())).toArray();
    }

    /** Index of the largest value, NaN skipped, the first on ties (the least capacity); -1 if all NaN. */
    private static int argmax(double[] values) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }
}
