package org.recbridge.export.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recbridge.experiment.ExperimentRunner.Outcome;
import org.recbridge.experiment.RunInfo;
import org.recbridge.learn.EpochPoint;
import org.recbridge.task.TaskKind;

/**
 * Chooses one run per strategy to export, on validation only (never test): the learner with the best mean over
 * seeds of the validation metric at the kept epoch, then that learner's seed with the best value. A run whose value
 * is undefined (it kept its initial parameters, as fine-tune does when the source model is best) ranks last.
 */
public final class BestRuns {
    private BestRuns() {
    }

    /** The metrics a choice can be made on, for a task: the training curves' metric, or the validation loss. */
    public static List<String> metrics(TaskKind task) {
        return List.of(task.isRegression() ? "rmse" : "auc", "loss");
    }

    /** @throws IllegalArgumentException if {@code metric} is not one of {@link #metrics} */
    public static void check(String metric, TaskKind task) {
        if (!metrics(task).contains(metric.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("unknown metric \"" + metric + "\" for the " + task.id() + " task; "
                    + "choose on validation by " + String.join(" or ", metrics(task)));
        }
    }

    public static List<Outcome> choose(List<Outcome> outcomes, String metric, TaskKind task) {
        check(metric, task);
        boolean loss = metric.equalsIgnoreCase("loss");
        Comparator<Double> best = goodness(metric, task);
        Map<String, Map<String, List<Outcome>>> byStrategy = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            byStrategy.computeIfAbsent(o.info().strategy(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(o.info().learner(), l -> new ArrayList<>()).add(o);
        }
        List<Outcome> chosen = new ArrayList<>();
        for (Map<String, List<Outcome>> byLearner : byStrategy.values()) {
            List<Outcome> runs = byLearner.values().stream()
                    .min(Comparator.comparing((List<Outcome> l) -> mean(l, loss), best)).orElseThrow();
            chosen.add(runs.stream().min(Comparator.comparing((Outcome o) -> validationAt(o.info(), loss), best)).orElseThrow());
        }
        return chosen;
    }

    /**
     * The seed to export of one strategy and learner: the run with the best validation value (ties: the first),
     * as {@link #choose} picks it.
     */
    public static RunInfo bestSeed(List<RunInfo> runs, String metric, TaskKind task) {
        check(metric, task);
        boolean loss = metric.equalsIgnoreCase("loss");
        return runs.stream().min(Comparator.comparing((RunInfo r) -> validationAt(r, loss), goodness(metric, task)))
                .orElseThrow();
    }

    /** A comparator on "goodness": NaN last, then best first. */
    private static Comparator<Double> goodness(String metric, TaskKind task) {
        boolean higherIsBetter = !metric.equalsIgnoreCase("loss") && !task.isRegression();
        return Comparator.comparing((Double v) -> Double.isNaN(v)).thenComparing(v -> higherIsBetter ? -v : v);
    }

    /** Mean over the defined values; NaN if none is. */
    private static double mean(List<Outcome> runs, boolean loss) {
        return runs.stream().mapToDouble(o -> validationAt(o.info(), loss)).filter(v -> !Double.isNaN(v)).average()
                .orElse(Double.NaN);
    }

    /** The validation metric (or loss) at the epoch early stopping kept; NaN when it kept the initial parameters. */
    static double validationAt(RunInfo info, boolean loss) {
        int kept = info.curve().bestEpoch();
        if (kept < 1 || kept > info.curve().points().size()) {
            return Double.NaN;
        }
        EpochPoint p = info.curve().points().get(kept - 1);
        return loss ? p.validationLoss() : p.validationMetric();
    }
}
