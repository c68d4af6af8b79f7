package org.recbridge.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.recbridge.experiment.ExperimentResults;

/**
 * Two runs of one project side by side in the comparison chart: for each strategy a bar per run in every user
 * group, the earlier run in a light tint of the strategy's colour and the later in the colour itself, each
 * with its 95% interval over seeds (the bars and intervals of {@link ComparisonChartFactory}).
 */
public final class RunComparisonChart {
    private RunComparisonChart() {
    }

    /** The series name of a strategy in one run, e.g. "pooled · before". */
    public static String series(String strategy, String run) {
        return strategy + " · " + run;
    }

    /** Rows "strategy · before" and "strategy · after" for each strategy of either run; columns the user groups. */
    public static DefaultStatisticalCategoryDataset dataset(ExperimentResults before, ExperimentResults after,
                                                            String metric, String learner) {
        DefaultStatisticalCategoryDataset one = ComparisonChartFactory.dataset(before, metric, learner);
        DefaultStatisticalCategoryDataset two = ComparisonChartFactory.dataset(after, metric, learner);
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (String strategy : strategies(before, after)) {
            copy(one, strategy, series(strategy, "before"), data);
            copy(two, strategy, series(strategy, "after"), data);
        }
        return data;
    }

    public static JFreeChart create(ExperimentResults before, ExperimentResults after, String metric,
                                    String learner) {
        DefaultStatisticalCategoryDataset data = dataset(before, after, metric, learner);
        StrategyPalette palette = new StrategyPalette(strategies(before, after));
        StatisticalBarRenderer bars = new StatisticalBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.04);
        bars.setErrorIndicatorPaint(Color.DARK_GRAY);
        bars.setErrorIndicatorStroke(new BasicStroke(1.5f));
        for (int r = 0; r < data.getRowCount(); r++) {
            String key = (String) data.getRowKey(r);
            Color colour = palette.colour(key.substring(0, key.lastIndexOf(" · ")));
            bars.setSeriesPaint(r, key.endsWith("before") ? tint(colour) : colour);
        }
        NumberAxis values = new NumberAxis("test " + metric);
        values.setAutoRangeIncludesZero(true); // bars start at zero, or their lengths would mislead
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("user group"), values, bars);
        JFreeChart chart = ChartStyle.chart(plot, String.format(Locale.ROOT, "Test %s by strategy, %s learner: "
                + "two runs of %s, mean and 95%% interval over seeds", metric, learner, after.project()));
        ChartStyle.note(chart, String.format(Locale.ROOT, "before: run of %s (%d seeds, light bars); after: run of "
                + "%s (%d seeds, full colour)", date(before), before.seeds().size(), date(after), after.seeds().size()),
                false);
        return chart;
    }

    private static List<String> strategies(ExperimentResults before, ExperimentResults after) {
        LinkedHashSet<String> all = new LinkedHashSet<>(ComparisonChartFactory.strategies(before));
        all.addAll(ComparisonChartFactory.strategies(after));
        return List.copyOf(all);
    }

    private static void copy(DefaultStatisticalCategoryDataset from, String strategy, String row,
                             DefaultStatisticalCategoryDataset to) {
        if (from.getRowIndex(strategy) < 0) {
            return;
        }
        for (Object group : from.getColumnKeys()) {
            Number mean = from.getMeanValue(strategy, (String) group);
            if (mean != null) {
                to.add(mean, from.getStdDevValue(strategy, (String) group), row, (String) group);
            }
        }
    }

    private static Color tint(Color c) {
        return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
    }

    private static String date(ExperimentResults r) {
        return r.createdAt().length() >= 16 ? r.createdAt().substring(0, 16).replace('T', ' ') : r.createdAt();
    }
}
