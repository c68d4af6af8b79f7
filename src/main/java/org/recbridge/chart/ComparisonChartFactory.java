package org.recbridge.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.SummaryRow;

/**
 * Turns results into the strategy comparison chart: for one metric and learner, a bar per strategy in each
 * user group at the mean over seeds, with an error bar spanning the 95% interval. Pure JFreeChart, so it is
 * built and tested without a display; the Results screen shows it in a ChartViewer, export draws it to files.
 */
public final class ComparisonChartFactory {
    private static final List<String> GROUP_ORDER = List.of("all", "warm", "cold");

    private ComparisonChartFactory() {
    }

    /**
     * The bars' data: rows (series) are strategies in the results' order, columns are user groups (all, warm,
     * cold); the value is the mean and the "standard deviation" the interval's half-width, which is what the
     * renderer draws on either side of the mean (the t-interval is symmetric). A single seed has no interval.
     */
    public static DefaultStatisticalCategoryDataset dataset(ExperimentResults results, String metric, String learner) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<SummaryRow> rows = results.summary().stream()
                .filter(s -> s.metric().equals(metric) && s.learner().equals(learner)).toList();
        for (String group : groups(rows)) {
            for (String strategy : strategies(results)) {
                rows.stream().filter(s -> s.strategy().equals(strategy) && s.group().equals(group)).findFirst()
                        .ifPresent(s -> data.add((Number) s.mean(), halfWidth(s), strategy, group));
            }
        }
        return data;
    }

    public static JFreeChart chart(ExperimentResults results, String metric, String learner) {
        return chart(results, metric, learner, null, true);
    }

    /**
     * As {@link #chart(ExperimentResults, String, String)}, with the bars of strategy {@code highlighted} (a hint's
     * subject; null: none) outlined in black and named under the title. {@code fromZero}: the value axis starts at
     * 0, so bar lengths compare; otherwise it spans the data, so differences of 0.01 AUC show, and says so.
     */
    public static JFreeChart chart(ExperimentResults results, String metric, String learner, String highlighted,
                                   boolean fromZero) {
        DefaultStatisticalCategoryDataset data = dataset(results, metric, learner);
        StrategyPalette palette = palette(results);
        StatisticalBarRenderer bars = new StatisticalBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        bars.setErrorIndicatorPaint(Color.DARK_GRAY);
        bars.setErrorIndicatorStroke(new BasicStroke(1.5f));
        bars.setIncludeBaseInRange(fromZero);
        for (int r = 0; r < data.getRowCount(); r++) {
            bars.setSeriesPaint(r, palette.colour((String) data.getRowKey(r)));
        }
        int marked = highlighted == null ? -1 : data.getRowIndex(highlighted);
        if (marked >= 0) {
            bars.setDrawBarOutline(true);
            for (int r = 0; r < data.getRowCount(); r++) {
                bars.setSeriesOutlinePaint(r, r == marked ? Color.BLACK : bars.getSeriesPaint(r));
                bars.setSeriesOutlineStroke(r, new BasicStroke(r == marked ? 3.5f : 0.5f));
            }
        }
        bars.setDefaultToolTipGenerator(tooltips(data, metric));

        NumberAxis values = new NumberAxis("test " + metric + (fromZero ? "" : " (axis not from 0: compare bar ends)"));
        values.setAutoRangeIncludesZero(fromZero);
        if (!fromZero) {
            ChartStyle.capAtOne(values, metric, DatasetUtils.findRangeBounds(data, true));
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("user group"), values, bars);
        JFreeChart chart = ChartStyle.chart(plot, title(results, metric, learner));
        if (marked >= 0) {
            ChartStyle.note(chart, "Outlined: " + highlighted + ", the strategy the hint opened speaks of", false);
        }
        return chart;
    }

    static String title(ExperimentResults results, String metric, String learner) {
        return String.format(Locale.ROOT, "Test %s by strategy, %s learner: mean and 95%% interval over %d seed%s",
                metric, learner, results.seeds().size(), results.seeds().size() == 1 ? "" : "s");
    }

    /** The colours of the results' strategies: one palette for every chart of them. */
    public static StrategyPalette palette(ExperimentResults results) {
        return new StrategyPalette(strategies(results));
    }

    /** The strategies in the order the results list them (the project's order). */
    public static List<String> strategies(ExperimentResults results) {
        return List.copyOf(new LinkedHashSet<>(results.summary().stream().map(SummaryRow::strategy).toList()));
    }

    private static List<String> groups(List<SummaryRow> rows) {
        List<String> present = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(SummaryRow::group).toList()));
        present.sort((a, b) -> Integer.compare(order(a), order(b)));
        return present;
    }

    private static int order(String group) {
        int i = GROUP_ORDER.indexOf(group);
        return i < 0 ? GROUP_ORDER.size() : i;
    }

    private static Double halfWidth(SummaryRow s) {
        return s.n() < 2 || Double.isNaN(s.upper()) ? null : (s.upper() - s.lower()) / 2;
    }

    private static CategoryToolTipGenerator tooltips(StatisticalCategoryDataset data, String metric) {
        return (dataset, row, column) -> {
            Number mean = data.getMeanValue(row, column);
            Number half = data.getStdDevValue(row, column);
            return String.format(Locale.ROOT, "%s, %s users: %s %.4f%s", data.getRowKey(row), data.getColumnKey(column),
                    metric, mean.doubleValue(), half == null ? "" : String.format(Locale.ROOT, " ± %.4f", half.doubleValue()));
        };
    }
}
