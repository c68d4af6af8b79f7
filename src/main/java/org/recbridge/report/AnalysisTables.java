package org.recbridge.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recbridge.analysis.curves.BudgetPoint;
import org.recbridge.analysis.curves.LearningCurve;
import org.recbridge.analysis.curves.Sweep;
import org.recbridge.analysis.curves.SweepPoint;
import org.recbridge.analysis.significance.Comparisons;
import org.recbridge.eval.Interval;
import org.recbridge.experiment.ExperimentResults;

/** Compact tables of the learning curves (strategy x budget) and sweeps (setting by setting). */
public final class AnalysisTables {
    private static final List<String> CURVE_GROUPS = List.of("cold", "all");

    private AnalysisTables() {
    }

    /** Main metric, cold and all users, one column per budget; empty when no learning curve was run. */
    public static String learningCurves(ExperimentResults results) {
        String metric = results.metrics().get(0);
        List<LearningCurve> shown = results.learningCurves().stream()
                .filter(c -> c.metric().equals(metric) && CURVE_GROUPS.contains(c.group())).toList();
        if (shown.isEmpty()) {
            return "";
        }
        Map<Double, Integer> column = new LinkedHashMap<>();
        shown.stream().flatMap(c -> c.points().stream()).map(BudgetPoint::budget).distinct().sorted()
                .forEach(b -> column.put(b, column.size()));
        List<String> header = new ArrayList<>(List.of("strategy", "learner", "users"));
        column.keySet().forEach(b -> header.add(String.format(Locale.ROOT, "%s%%", trim(b * 100))));
        List<List<String>> cells = new ArrayList<>();
        cells.add(header);
        for (LearningCurve c : shown) {
            List<String> line = new ArrayList<>(List.of(c.strategy(), c.learner(), c.group()));
            column.keySet().forEach(b -> line.add("-"));
            for (BudgetPoint p : c.points()) {
                line.set(3 + column.get(p.budget()), cell(p.mean(), (p.upper() - p.lower()) / 2));
            }
            cells.add(line);
        }
        return String.format(Locale.ROOT, "Learning curve: test %s by target budget (share of target training "
                + "rows); mean ± 95%% interval over seeds%n", metric) + ResultsTable.align(cells);
    }

    /**
     * Per strategy and learner, means over seeds: epochs run, the epoch early stopping kept, the train and
     * validation metric there, the generalisation gap, and in how many seeds overfitting was found.
     */
    public static String training(ExperimentResults results) {
        List<TrainingSummary> rows = TrainingSummary.of(results);
        if (rows.isEmpty()) {
            return "";
        }
        String metric = rows.get(0).metric();
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of("strategy", "learner", "epochs run", "kept epoch", "train " + metric, "validation " + metric,
                "gap", "overfitting"));
        for (TrainingSummary t : rows) {
            cells.add(List.of(t.strategy(), t.learner(), String.format(Locale.ROOT, "%.1f", t.epochsRun()),
                    String.format(Locale.ROOT, "%.1f", t.keptEpoch()), cell(t.train(), Double.NaN),
                    cell(t.validation(), Double.NaN), cell(t.gap(), Double.NaN),
                    t.overfitSeeds() + " of " + t.seeds() + " seeds"));
        }
        // the gap is oriented so that positive means better on the training rows, whichever way the metric points
        String gap = Comparisons.higherIsBetter(metric) ? "train minus validation" : "validation minus train";
        return String.format(Locale.ROOT, "Training of the final models (mean over seeds; %s at the kept epoch; "
                + "gap = %s, positive = better on training rows)%n", metric, gap) + ResultsTable.align(cells);
    }

    /** One table per sweep; the selected (best validation) setting and the start of overfitting marked. */
    public static String sweeps(ExperimentResults results) {
        StringBuilder out = new StringBuilder();
        for (Sweep s : results.sweeps()) {
            List<List<String>> cells = new ArrayList<>();
            cells.add(List.of(s.parameter(), "train", "validation", "test", "note"));
            for (SweepPoint p : s.points()) {
                String note = p.value() == s.selected() ? "selected (best validation)" : "";
                if (s.overfittingFrom() != null && p.value() == s.overfittingFrom()) {
                    note = (note.isEmpty() ? "" : note + "; ") + "overfitting from here";
                }
                cells.add(List.of(trim(p.value()), cell(p.train()), cell(p.validation()), cell(p.test()), note));
            }
            out.append(String.format(Locale.ROOT, "Sweep of %s: %s, %s; %s at the kept epoch (train sample, "
                    + "validation, test all users), mean ± 95%% interval over seeds%n",
                    s.parameter(), s.strategy(), s.learner(), s.metric()));
            out.append(ResultsTable.align(cells)).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String cell(Interval i) {
        return cell(i.mean(), i.halfWidth());
    }

    private static String cell(double mean, double half) {
        if (Double.isNaN(mean)) {
            return "-";
        }
        return Double.isNaN(half) ? String.format(Locale.ROOT, "%.4f", mean)
                : String.format(Locale.ROOT, "%.4f ± %.4f", mean, half);
    }

    /** 0.001 rather than 1.0E-3, 8 rather than 8.0. */
    private static String trim(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
