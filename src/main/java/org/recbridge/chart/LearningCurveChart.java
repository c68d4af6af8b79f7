package org.recbridge.chart;

import java.awt.Color;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.recbridge.analysis.curves.BudgetPoint;
import org.recbridge.analysis.curves.LearningCurve;
import org.recbridge.analysis.curves.TransferPayoff;

/**
 * Target-budget learning curves: a test metric against the share of target training rows kept (log scale),
 * one line per strategy with its 95% interval over seeds as a band, and the budget from which target-only
 * catches up with transfer ({@link TransferPayoff}) marked and named.
 */
public final class LearningCurveChart {
    private LearningCurveChart() {
    }

    /** One series per strategy, x the budget in percent; a point resting on one seed has a zero-width band. */
    public static YIntervalSeriesCollection dataset(List<LearningCurve> curves, String learner, String group,
                                                    String metric) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (LearningCurve c : chosen(curves, learner, group, metric)) {
            YIntervalSeries s = new YIntervalSeries(c.strategy());
            for (BudgetPoint p : c.points()) {
                boolean band = !Double.isNaN(p.lower()) && !Double.isNaN(p.upper());
                s.add(100 * p.budget(), p.mean(), band ? p.lower() : p.mean(), band ? p.upper() : p.mean());
            }
            data.addSeries(s);
        }
        return data;
    }

    public static JFreeChart create(List<LearningCurve> curves, String learner, String group, String metric,
                                    StrategyPalette palette) {
        YIntervalSeriesCollection data = dataset(curves, learner, group, metric);
        DeviationRenderer lines = new DeviationRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            Color colour = palette.colour((String) data.getSeriesKey(i));
            lines.setSeriesShape(i, palette.shape((String) data.getSeriesKey(i)));
            lines.setSeriesPaint(i, colour);
            lines.setSeriesFillPaint(i, colour);
            lines.setSeriesStroke(i, ChartStyle.SOLID);
        }
        lines.setAlpha(0.18f);
        List<Double> percents = chosen(curves, learner, group, metric).stream()
                .flatMap(c -> c.points().stream()).map(p -> 100 * p.budget()).distinct().sorted().toList();
        LogAxis budgets = new BudgetAxis("target budget (% of the target training rows, log scale)", percents);
        budgets.setNumberFormatOverride(new DecimalFormat("0.#"));
        budgets.setSmallestValue(0.5);
        NumberAxis values = new NumberAxis("test " + metric);
        values.setAutoRangeIncludesZero(false);
        ChartStyle.capAtOne(values, metric, DatasetUtils.findRangeBounds(data, true));
        XYPlot plot = new XYPlot(data, budgets, values, lines);
        Optional<TransferPayoff.Crossing> crossing = TransferPayoff.crossing(curves, learner, group, metric);
        crossing.filter(c -> !c.first()).ifPresent(c -> plot.addDomainMarker(crossingMarker(c)));
        JFreeChart chart = ChartStyle.chart(plot, String.format(Locale.ROOT, "Test %s against target budget, %s "
                + "users, %s learner: mean and 95%% interval over seeds", metric, group, learner));
        ChartStyle.note(chart, crossingText(crossing, data.getSeriesCount()), false);
        return chart;
    }

    static String crossingText(Optional<TransferPayoff.Crossing> crossing, int strategies) {
        if (crossing.isEmpty()) {
            return strategies < 2 ? "One strategy only: nothing to compare."
                    : "Transfer stays ahead beyond both 95% intervals at every budget, or fewer than "
                    + TransferPayoff.MIN_SEEDS + " seeds leave the intervals too wide to say where it stops.";
        }
        TransferPayoff.Crossing c = crossing.get();
        String there = c.overlap() ? "no clear difference from" : "target-only is ahead of";
        if (c.first()) {
            return String.format(Locale.ROOT, "Already at %s %s %s (95%% intervals, %d seeds): transfer does not "
                    + "clearly pay at these budgets.", percent(c.budget()), there, c.best(), c.seeds());
        }
        return String.format(Locale.ROOT, "Transfer stops paying at %s: %s %s there (target-only %.4f, %s %.4f; 95%% "
                        + "intervals, %d seeds); below it transfer is ahead beyond both intervals.", percent(c.budget()),
                there, c.best(), c.baseline().mean(), c.best(), c.bestAt().mean(), c.seeds());
    }

    private static ValueMarker crossingMarker(TransferPayoff.Crossing c) {
        ValueMarker m = new ValueMarker(100 * c.budget(), Color.DARK_GRAY, ChartStyle.MARKER);
        m.setLabel("transfer stops paying: " + percent(c.budget()));
        m.setLabelFont(ChartStyle.TICKS);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return m;
    }

    private static String percent(double budget) {
        return new DecimalFormat("0.#").format(100 * budget) + "%";
    }

    private static List<LearningCurve> chosen(List<LearningCurve> curves, String learner, String group,
                                              String metric) {
        return curves.stream().filter(c -> c.learner().equals(learner) && c.group().equals(group)
                && c.metric().equals(metric)).toList();
    }
}
