package org.recbridge.export.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.ExperimentRunner.Outcome;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.RunInfo;
import org.recbridge.experiment.RunRecord;
import org.recbridge.learn.EpochPoint;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.transfer.TransferStrategy;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * One recorded run trained again, to export its model from results that keep no models (the workbench, results
 * reopened from disk). All randomness of a run comes from its seed, so the same project, data, strategy, learner
 * and seed give the same model; the replay checks that by comparing its validation curve and test metrics with
 * the recorded ones, so a model is never exported under numbers it does not have (the data or the settings may
 * have changed since the run).
 *
 * @param differences what does not match the recorded run, one readable line each; empty when it is reproduced
 */
public record RunReplay(Outcome outcome, ExportContext context, List<String> differences) {
    /** Relative tolerance: the recorded numbers went through JSON, nothing else may differ. */
    private static final double TOLERANCE = 1e-9;

    /** The seed an export of {@code strategy} with {@code learner} takes: the best on validation, never test. */
    public static long seedToExport(ExperimentResults results, String strategy, String learner) {
        List<RunInfo> runs = runs(results, strategy, learner, null);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("the results hold no finished run of " + strategy + " with " + learner);
        }
        var task = org.recbridge.task.TaskKind.fromId(results.task());
        return BestRuns.bestSeed(runs, BestRuns.metrics(task).get(0), task).seed();
    }

    /**
     * Trains {@code strategy} with {@code learner} on {@code seed}'s split of {@code project} and compares it with
     * the run recorded in {@code results}.
     *
     * @throws IllegalArgumentException if the project no longer has that strategy or learner, or the results
     *                                  hold no such run
     */
    public static RunReplay of(Project project, ExperimentResults results, String strategy, String learner, long seed,
                               ProgressListener progress, CancelToken cancel)
            throws java.io.IOException, org.recbridge.data.DataFormatException {
        List<RunInfo> recorded = runs(results, strategy, learner, seed);
        if (recorded.isEmpty()) {
            throw new IllegalArgumentException("the results hold no run of " + strategy + " with " + learner
                    + ", seed " + seed);
        }
        Project one = only(project, strategy, learner, seed);
        LoadedData data = DataLoader.load(one, progress.stage(0, 0.1, "importing the data"), cancel);
        List<Outcome> kept = new ArrayList<>();
        ExperimentResults again = new ExperimentRunner(1).run(one, data, progress.stage(0.1, 1, ""), cancel,
                kept::add);
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("trained again, it failed: " + String.join("; ", again.failures().stream()
                    .map(org.recbridge.experiment.RunFailure::toLine).toList()));
        }
        Outcome outcome = kept.get(0);
        List<String> differences = new ArrayList<>();
        if (!results.task().equals(project.task().kind().id())) {
            differences.add("the task is now " + project.task().kind().id() + ", the run's was " + results.task());
        }
        compareCurves(recorded.get(0), outcome.info(), differences);
        compareRecords(results.records().stream().filter(r -> r.strategy().equals(strategy)
                && r.learner().equals(learner) && r.seed() == seed).toList(), outcome.records(), differences);
        return new RunReplay(outcome, ExportContext.of(one, data), differences);
    }

    /**
     * The project cut down to one run: that strategy, learner and seed.
     *
     * @throws IllegalArgumentException if the project no longer has that strategy or learner
     */
    public static Project only(Project project, String strategy, String learner, long seed) {
        TransferStrategy s = project.strategies().stream().filter(x -> x.label().equals(strategy)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the project no longer has the strategy " + strategy
                        + " (its strategies were edited since the run); add it back to export this run"));
        LearnerSettings l = project.learners().stream().filter(x -> x.label().equals(learner)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the project no longer has the learner " + learner
                        + " (its learners were edited since the run); add it back to export this run"));
        return project.withStrategies(List.of(s)).withLearners(List.of(l)).withSeeds(List.of(seed));
    }

    private static List<RunInfo> runs(ExperimentResults results, String strategy, String learner, Long seed) {
        return results.runs().stream().filter(r -> r.strategy().equals(strategy) && r.learner().equals(learner)
                && (seed == null || r.seed() == seed)).toList();
    }

    private static void compareCurves(RunInfo recorded, RunInfo again, List<String> differences) {
        if (recorded.curve().bestEpoch() != again.curve().bestEpoch()) {
            differences.add("kept epoch: recorded " + recorded.curve().bestEpoch() + ", trained again "
                    + again.curve().bestEpoch());
        }
        List<EpochPoint> a = recorded.curve().points();
        List<EpochPoint> b = again.curve().points();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!same(a.get(i).validationMetric(), b.get(i).validationMetric())) {
                differences.add(String.format(Locale.ROOT, "validation %s at epoch %d: recorded %.6f, trained again "
                                + "%.6f", recorded.curve().metric(), a.get(i).epoch(), a.get(i).validationMetric(),
                        b.get(i).validationMetric()));
                return; // the first difference says enough; later epochs follow from it
            }
        }
        if (a.size() != b.size()) {
            differences.add("epochs: recorded " + a.size() + ", trained again " + b.size());
        }
    }

    private static void compareRecords(List<RunRecord> recorded, List<RunRecord> again, List<String> differences) {
        for (RunRecord r : recorded) {
            RunRecord n = again.stream().filter(x -> x.group().equals(r.group())).findFirst().orElse(null);
            if (n == null) {
                differences.add("test group " + r.group() + ": recorded, missing when trained again");
                continue;
            }
            if (r.rows() != n.rows()) {
                differences.add("test rows of " + r.group() + ": recorded " + r.rows() + ", now " + n.rows());
            }
            for (Map.Entry<String, Double> m : r.metrics().entrySet()) {
                Double v = n.metrics().get(m.getKey());
                if (v == null || !same(m.getValue(), v)) {
                    differences.add(String.format(Locale.ROOT, "test %s (%s): recorded %.6f, trained again %s",
                            m.getKey(), r.group(), m.getValue(), v == null ? "missing"
                                    : String.format(Locale.ROOT, "%.6f", v)));
                }
            }
        }
    }

    private static boolean same(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        return Objects.equals(a, b) || Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** Whether the model trained again is the recorded run's. */
    public boolean reproduced() {
        return differences.isEmpty();
    }
}
