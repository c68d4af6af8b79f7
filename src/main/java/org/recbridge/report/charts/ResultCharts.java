package org.recbridge.report.charts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.recbridge.analysis.curves.Sweep;
import org.recbridge.chart.ComparisonChartFactory;
import org.recbridge.chart.ForestPlot;
import org.recbridge.chart.LearningCurveChart;
import org.recbridge.chart.RocChart;
import org.recbridge.chart.StrategyPalette;
import org.recbridge.chart.SweepChart;
import org.recbridge.chart.TrainingCurveChart;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunInfo;
import org.recbridge.experiment.RunRecord;

/**
 * The charts of an experiment for the HTML report: the workbench's own chart factories, palette and style, so a
 * strategy has one colour and a chart one look wherever it is seen. Which charts exist depends on the results:
 * comparisons need a baseline, ROC curves likes, learning curves and sweeps the analyses that make them.
 */
public final class ResultCharts {
    /** A training-curve panel of the small multiples: three side by side in the report's width. */
    static final int PANEL_WIDTH = 520;
    static final int PANEL_HEIGHT = 340;

    private ResultCharts() {
    }

    public static List<NamedChart> all(ExperimentResults results) {
        List<NamedChart> out = new ArrayList<>();
        StrategyPalette palette = ComparisonChartFactory.palette(results);
        String main = results.metrics().get(0);
        for (String learner : learners(results)) {
            JFreeChart forest = ForestPlot.create(results, learner, palette, null);
            if (forest != null) {
                out.add(NamedChart.of("chart-differences-" + learner, "Each strategy against the baseline with the "
                        + learner + " learner: mean difference in test " + main + " and its interval", forest));
            }
            out.add(NamedChart.of("chart-main-metric-" + learner, "Test " + main + " per strategy and user group, "
                    + learner + " learner", ComparisonChartFactory.chart(results, main, learner)));
            NamedChart curves = trainingCurves(results, learner, palette);
            if (curves != null) {
                out.add(curves);
            }
            List<RunRecord> roc = results.records().stream().filter(r -> r.learner().equals(learner)
                    && r.group().equals("all") && !r.roc().isEmpty() && r.seed() == results.seeds().get(0)).toList();
            if (!roc.isEmpty()) {
                out.add(NamedChart.of("chart-roc-" + learner, "ROC curves on all test users, " + learner
                        + " learner (first seed)", RocChart.create(roc, palette)));
            }
            if (results.learningCurves().stream().anyMatch(c -> c.learner().equals(learner) && c.group().equals("all")
                    && c.metric().equals(main))) {
                out.add(NamedChart.of("chart-learning-curves-" + learner, "Test " + main + " by target budget, all "
                        + "users, " + learner + " learner", LearningCurveChart.create(results.learningCurves(),
                        learner, "all", main, palette)));
            }
        }
        for (Sweep s : results.sweeps()) {
            out.add(NamedChart.of("chart-sweep-" + s.parameter(), s.metric() + " at each " + s.parameter()
                    + " setting", SweepChart.create(s, palette)));
        }
        return out;
    }

    /**
     * Small multiples of the training curves, first seed: one panel per strategy against the baseline, its gap
     * shaded, rather than every strategy's two curves in one tangle.
     */
    static NamedChart trainingCurves(ExperimentResults results, String learner, StrategyPalette palette) {
        List<RunInfo> runs = results.runs().stream().filter(r -> r.learner().equals(learner)
                && r.seed() == results.seeds().get(0) && r.curve() != null && !r.curve().points().isEmpty()).toList();
        if (runs.isEmpty()) {
            return null;
        }
        String baseline = results.comparisons().isEmpty() ? null : results.comparisons().get(0).baseline();
        RunInfo base = runs.stream().filter(r -> r.strategy().equals(baseline)).findFirst().orElse(null);
        List<JFreeChart> panels = new ArrayList<>();
        for (RunInfo run : runs) {
            if (run != base || runs.size() == 1) {
                panels.add(TrainingCurveChart.panel(base, run, palette));
            }
        }
        return new NamedChart("chart-training-curves-" + learner, "Train (dashed) and validation (solid) "
                + runs.get(0).curve().metric() + " per epoch, " + learner + " learner, seed " + results.seeds().get(0)
                + (base == null ? "" : ": each strategy against " + baseline + ", its gap shaded"), panels,
                PANEL_WIDTH, PANEL_HEIGHT);
    }

    private static List<String> learners(ExperimentResults results) {
        return List.copyOf(new LinkedHashSet<>(results.summary().stream().map(s -> s.learner())
                .filter(Objects::nonNull).toList()));
    }
}
