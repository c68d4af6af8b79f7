package org.recbridge.report.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.recbridge.analysis.curves.BudgetPoint;
import org.recbridge.analysis.curves.LearningCurve;
import org.recbridge.analysis.curves.Sweep;
import org.recbridge.analysis.curves.SweepPoint;
import org.recbridge.eval.RocPoint;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunInfo;
import org.recbridge.experiment.RunRecord;
import org.recbridge.experiment.SummaryRow;
import org.recbridge.learn.EpochPoint;

/**
 * The charts of an experiment, built with JFreeChart (plain Java2D, no JavaFX), so the HTML report, and later
 * the workbench, draw the same pictures from results alone. Which charts exist depends on the results: ROC
 * curves need likes, learning curves and sweeps need the analyses that make them.
 */
public final class ResultCharts {
    private ResultCharts() {
    }

    public static List<NamedChart> all(ExperimentResults results) {
        List<NamedChart> out = new ArrayList<>();
        String main = results.metrics().get(0);
        out.add(mainMetric(results, main));
        out.add(trainingCurves(results));
        if (results.records().stream().anyMatch(r -> !r.roc().isEmpty())) {
            out.add(roc(results));
        }
        if (!results.learningCurves().isEmpty()) {
            out.add(learningCurves(results, main));
        }
        for (Sweep s : results.sweeps()) {
            out.add(sweep(s));
        }
        return out;
    }

    /** Mean test metric per strategy and learner, by user group, with the 95% interval over seeds as error bars. */
    static NamedChart mainMetric(ExperimentResults results, String metric) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (SummaryRow s : results.summary()) {
            if (s.metric().equals(metric)) {
                // the renderer draws mean +- "standard deviation": give it the interval's half-width
                data.add(s.mean(), (s.upper() - s.lower()) / 2, s.group(), s.strategy() + " / " + s.learner());
            }
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("strategy / learner"), new NumberAxis(metric),
                new StatisticalBarRenderer());
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart("Test " + metric + " (mean and 95% interval over seeds)",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return new NamedChart("chart-main-metric", "Test " + metric + " per strategy and learner, by user group", chart);
    }

    /** Validation metric per epoch of each strategy and learner (first seed): where early stopping kept them. */
    static NamedChart trainingCurves(ExperimentResults results) {
        XYSeriesCollection data = new XYSeriesCollection();
        Map<String, RunInfo> first = new LinkedHashMap<>();
        results.runs().forEach(r -> first.putIfAbsent(r.strategy() + " / " + r.learner(), r));
        String metric = "metric";
        for (Map.Entry<String, RunInfo> e : first.entrySet()) {
            metric = e.getValue().curve().metric();
            XYSeries series = new XYSeries(e.getKey() + " (seed " + e.getValue().seed() + ")");
            for (EpochPoint p : e.getValue().curve().points()) {
                if (Double.isFinite(p.validationMetric())) {
                    series.add(p.epoch(), p.validationMetric());
                }
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Validation " + metric + " per epoch", "epoch",
                "validation " + metric, data);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        return new NamedChart("chart-training-curves", "Validation " + metric
                + " per epoch of each strategy and learner (first seed)", chart);
    }

    /** ROC curve of each strategy and learner on all test users (first seed). */
    static NamedChart roc(ExperimentResults results) {
        XYSeriesCollection data = new XYSeriesCollection();
        Map<String, RunRecord> first = new LinkedHashMap<>();
        results.records().stream().filter(r -> r.group().equals("all") && !r.roc().isEmpty())
                .forEach(r -> first.putIfAbsent(r.strategy() + " / " + r.learner(), r));
        for (Map.Entry<String, RunRecord> e : first.entrySet()) {
            XYSeries series = new XYSeries(e.getKey(), false);
            for (RocPoint p : e.getValue().roc()) {
                series.add(p.fpr(), p.tpr());
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("ROC, all test users (first seed)", "false positive rate",
                "true positive rate", data);
        return new NamedChart("chart-roc", "ROC curves on all test users (first seed)", chart);
    }

    /** Test metric by target budget, per strategy and learner, for all users. */
    static NamedChart learningCurves(ExperimentResults results, String metric) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (LearningCurve c : results.learningCurves()) {
            if (c.group().equals("all") && c.metric().equals(metric)) {
                XYSeries series = new XYSeries(c.strategy() + " / " + c.learner());
                for (BudgetPoint p : c.points()) {
                    series.add(p.budget(), p.mean());
                }
                data.addSeries(series);
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Learning curves: test " + metric + " by target budget",
                "share of target training rows", metric, data);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        return new NamedChart("chart-learning-curves", "Test " + metric + " by target budget (all users)", chart);
    }

    /** Train, validation and test metric at each swept setting. */
    static NamedChart sweep(Sweep s) {
        XYSeries train = new XYSeries("train");
        XYSeries validation = new XYSeries("validation (chooses)");
        XYSeries test = new XYSeries("test");
        for (SweepPoint p : s.points()) {
            train.add(p.value(), p.train().mean());
            validation.add(p.value(), p.validation().mean());
            test.add(p.value(), p.test().mean());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(train);
        data.addSeries(validation);
        data.addSeries(test);
        JFreeChart chart = ChartFactory.createXYLineChart("Sweep of " + s.parameter() + ": " + s.strategy() + " / "
                + s.learner(), s.parameter(), s.metric(), data);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        return new NamedChart("chart-sweep-" + s.parameter(), s.metric() + " at each " + s.parameter() + " setting", chart);
    }
}
