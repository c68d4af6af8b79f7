package org.recbridge.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.math.BigDecimal;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.analysis.significance.Comparisons;
import org.recbridge.experiment.ExperimentResults;

/**
 * The comparisons with the baseline as a forest plot: one row per strategy, best first, its mean difference from
 * the baseline with the corrected t-test's interval, a marker per user group; the baseline is the line at 0 and
 * the band around it the differences too small to count (evaluation.minimumEffect). The axis spans the data, not
 * the metric's whole range, so differences of 0.01 AUC read; rows, not bars, so all sixteen strategies still fit.
 */
public final class ForestPlot {
    private static final List<String> GROUP_ORDER = List.of("all", "warm", "cold");
    private static final Color GROUP_LEGEND = new Color(0x55, 0x55, 0x55);
    private static final Color MINIMUM_BAND = new Color(0xEE, 0xEE, 0xEE);

    private ForestPlot() {
    }

    /** The comparisons of {@code learner}, each strategy's best first (by the "all" group, else its first). */
    static List<Comparison> chosen(ExperimentResults results, String learner) {
        return results.comparisons().stream().filter(c -> c.learner().equals(learner)).toList();
    }

    /**
     * Rows (series) are user groups, columns strategies best first; the value is the mean difference and the
     * "standard deviation" the interval's half-width (the corrected t-interval is symmetric); one seed: none.
     */
    public static DefaultStatisticalCategoryDataset dataset(List<Comparison> comparisons) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<String> groups = new ArrayList<>(new LinkedHashSet<>(
                comparisons.stream().map(Comparison::group).toList()));
        groups.sort(Comparator.comparingInt(g -> GROUP_ORDER.contains(g) ? GROUP_ORDER.indexOf(g)
                : GROUP_ORDER.size()));
        for (String strategy : sortedStrategies(comparisons, groups)) {
            for (String group : groups) {
                comparisons.stream().filter(c -> c.strategy().equals(strategy) && c.group().equals(group)).findFirst()
                        .ifPresent(c -> data.add((Number) c.meanDifference(), halfWidth(c), group, strategy));
            }
        }
        return data;
    }

    private static List<String> sortedStrategies(List<Comparison> comparisons, List<String> groups) {
        Map<String, List<Comparison>> byStrategy = comparisons.stream()
                .collect(Collectors.groupingBy(Comparison::strategy, LinkedHashMap::new, Collectors.toList()));
        Function<String, Double> gain = s -> {
            Comparison c = byStrategy.get(s).stream().min(Comparator.comparingInt(x -> groups.indexOf(x.group())))
                    .orElseThrow();
            return Comparisons.higherIsBetter(c.metric()) ? c.meanDifference() : -c.meanDifference();
        };
        return byStrategy.keySet().stream().sorted(Comparator.comparing(gain).reversed()).toList();
    }

    private static Double halfWidth(Comparison c) {
        return Double.isNaN(c.differenceLower()) ? null : (c.differenceUpper() - c.differenceLower()) / 2;
    }

    /**
     * {@code palette}: the results' strategy colours; {@code highlighted}: a hint's subject (null: none), whose row
     * label is marked. Null when the learner has no comparisons.
     */
    public static JFreeChart create(ExperimentResults results, String learner, StrategyPalette palette,
                                    String highlighted) {
        List<Comparison> comparisons = chosen(results, learner);
        if (comparisons.isEmpty()) {
            return null;
        }
        Comparison first = comparisons.get(0);
        DefaultStatisticalCategoryDataset data = dataset(comparisons);
        StatisticalLineAndShapeRenderer points = new StatisticalLineAndShapeRenderer(false, true) {
            @Override
            public Paint getItemPaint(int row, int column) {
                return palette.colour((String) data.getColumnKey(column));
            }
        };
        points.setUseSeriesOffset(true);
        points.setItemMargin(0.3);
        points.setErrorIndicatorStroke(new BasicStroke(2f));
        for (int r = 0; r < data.getRowCount(); r++) {
            points.setSeriesShape(r, groupShape((String) data.getRowKey(r)));
            points.setSeriesPaint(r, GROUP_LEGEND); // what the legend shows: the marker, not a strategy's colour
        }
        points.setDefaultToolTipGenerator((d, row, column) -> comparisons.stream()
                .filter(c -> c.group().equals(d.getRowKey(row)) && c.strategy().equals(d.getColumnKey(column)))
                .findFirst().map(c -> String.format(Locale.ROOT, "%s, %s users: %s %s", c.strategy(), c.group(),
                        c.differenceText(), c.verdictWords())).orElse(null));

        boolean higher = Comparisons.higherIsBetter(first.metric());
        NumberAxis difference = new NumberAxis(String.format(Locale.ROOT, "test %s minus %s (%s is better)",
                first.metric(), first.baseline(), higher ? "right" : "left"));
        difference.setRange(withZero(data, first.minimumEffect())); // the baseline's line and band stay in view
        CategoryAxis strategies = new CategoryAxis(null);
        strategies.setCategoryMargin(0.15);
        // room above the first row for the baseline line's label, which otherwise sits on that row's markers when
        // the fonts are large (presentation mode) or the rows many
        strategies.setLowerMargin(0.12);
        if (highlighted != null) {
            strategies.setTickLabelPaint(highlighted, Color.BLACK);
            strategies.setTickLabelFont(highlighted, ChartStyle.TICKS.deriveFont(Font.BOLD));
        }
        CategoryPlot plot = new CategoryPlot(data, strategies, difference, points);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(true);
        if (first.minimumEffect() > 0) {
            IntervalMarker band = new IntervalMarker(-first.minimumEffect(), first.minimumEffect(), MINIMUM_BAND);
            plot.addRangeMarker(band, Layer.BACKGROUND);
        }
        ValueMarker baseline = new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f));
        baseline.setLabel(first.baseline() + " (baseline)");
        baseline.setLabelFont(ChartStyle.TICKS);
        baseline.setLabelBackgroundColor(ChartStyle.NO_BACKGROUND);
        baseline.setLabelAnchor(RectangleAnchor.TOP);
        baseline.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(baseline, Layer.FOREGROUND);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        LegendItemCollection legend = new LegendItemCollection();
        for (int r = 0; r < data.getRowCount(); r++) {
            legend.add(ChartStyle.legendItem(data.getRowKey(r) + " users", GROUP_LEGEND, points.getSeriesShape(r)));
        }
        if (first.minimumEffect() > 0) {
            LegendItem small = new LegendItem(String.format(Locale.ROOT, "grey band: smaller than the minimum effect "
                    + "(%s)", BigDecimal.valueOf(first.minimumEffect()).stripTrailingZeros().toPlainString()), null,
                    null, null, new Rectangle2D.Double(-6, -6, 12, 12), MINIMUM_BAND.darker());
            small.setLabelFont(ChartStyle.TICKS);
            legend.add(small);
        }
        plot.setFixedLegendItems(legend);
        // short: on a zoomed screen beside a lesson's steps every word of the title is a line the plot loses
        return ChartStyle.chart(plot, String.format(Locale.ROOT, "Against %s, %s learner: mean difference, %s "
                        + "interval over %d seed%s", first.baseline(), learner, first.intervalLevel(), first.seeds(),
                first.seeds() == 1 ? "" : "s"));
    }

    /** The intervals' span, the baseline's 0 and its minimum-effect band, with a margin on either side. */
    static Range withZero(DefaultStatisticalCategoryDataset data, double minimumEffect) {
        Range bounds = DatasetUtils.findRangeBounds(data, true);
        double lower = Math.min(-minimumEffect, bounds == null ? 0 : bounds.getLowerBound());
        double upper = Math.max(minimumEffect, bounds == null ? 0 : bounds.getUpperBound());
        double margin = upper > lower ? 0.05 * (upper - lower) : 0.01;
        return new Range(lower - margin, upper + margin);
    }

    /** all: circle, warm: square, cold: diamond, the same in every forest plot. */
    private static Shape groupShape(String group) {
        return switch (group) {
            case "warm" -> new Rectangle2D.Double(-4, -4, 8, 8);
            case "cold" -> diamond();
            default -> new Ellipse2D.Double(-4.5, -4.5, 9, 9);
        };
    }

    private static Shape diamond() {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -5.5);
        d.lineTo(5.5, 0);
        d.lineTo(0, 5.5);
        d.lineTo(-5.5, 0);
        d.closePath();
        return d;
    }
}
