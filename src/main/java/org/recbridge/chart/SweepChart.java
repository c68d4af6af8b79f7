package org.recbridge.chart;

import java.awt.Color;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.recbridge.analysis.curves.Sweep;
import org.recbridge.analysis.curves.SweepPoint;
import org.recbridge.eval.Interval;

/**
 * A regularisation sweep (L2 strength or FM factors): train, validation and test metric against the setting,
 * in the sweep's order of growing capacity, mean with 95% interval bars over seeds; the setting chosen on
 * validation marked, and where validation starts falling while train improves said in a warning.
 */
public final class SweepChart {
    public static final String TRAIN = "train";
    public static final String VALIDATION = "validation (chooses)";
    public static final String TEST = "test (reported)";
    private static final Color TEST_COLOUR = new Color(0x33, 0x33, 0x33);

    private SweepChart() {
    }

    /** Rows train, validation, test; columns the settings as labels; the "deviation" is the interval half-width. */
    public static DefaultStatisticalCategoryDataset dataset(Sweep sweep) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (SweepPoint p : sweep.points()) {
            add(data, p.train(), TRAIN, label(p.value()));
            add(data, p.validation(), VALIDATION, label(p.value()));
            add(data, p.test(), TEST, label(p.value()));
        }
        return data;
    }

    public static JFreeChart create(Sweep sweep, StrategyPalette palette) {
        DefaultStatisticalCategoryDataset data = dataset(sweep);
        StatisticalLineAndShapeRenderer lines = new StatisticalLineAndShapeRenderer(true, true);
        Color colour = palette.colour(sweep.strategy());
        lines.setSeriesPaint(0, colour);
        lines.setSeriesStroke(0, ChartStyle.DASHED);
        lines.setSeriesPaint(1, colour);
        lines.setSeriesStroke(1, ChartStyle.SOLID);
        lines.setSeriesPaint(2, TEST_COLOUR);
        lines.setSeriesStroke(2, ChartStyle.SOLID);
        lines.setErrorIndicatorPaint(Color.GRAY);
        NumberAxis values = new NumberAxis(sweep.metric());
        values.setAutoRangeIncludesZero(false);
        ChartStyle.capAtOne(values, sweep.metric(), DatasetUtils.findRangeBounds(data, true));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(axisLabel(sweep.parameter())), values, lines);
        CategoryMarker chosen = new CategoryMarker(label(sweep.selected()), colour, ChartStyle.MARKER);
        chosen.setDrawAsLine(true);
        chosen.setLabel("chosen on validation: " + label(sweep.selected()));
        chosen.setLabelFont(ChartStyle.TICKS);
        chosen.setLabelAnchor(RectangleAnchor.TOP);
        chosen.setLabelTextAnchor(TextAnchor.TOP_CENTER);
        plot.addDomainMarker(chosen);
        JFreeChart chart = ChartStyle.chart(plot, String.format(Locale.ROOT, "%s sweep of %s with the %s learner: "
                        + "%s, mean and 95%% interval over seeds", Sweep.L2.equals(sweep.parameter()) ? "L2" : "Factor size",
                sweep.strategy(), sweep.learner(), sweep.metric()));
        if (sweep.overfittingFrom() != null) {
            ChartStyle.note(chart, String.format(Locale.ROOT, "Overfitting: from %s on, validation %s gets worse "
                    + "while train keeps improving", label(sweep.overfittingFrom()), sweep.metric()), true);
        }
        return chart;
    }

    /** The setting as the axis shows it: whole numbers without a decimal point. */
    public static String label(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }

    private static String axisLabel(String parameter) {
        return Sweep.L2.equals(parameter) ? "L2 strength (less regularisation, more capacity →)"
                : "FM factors per feature (more capacity →)";
    }

    private static void add(DefaultStatisticalCategoryDataset data, Interval v, String row, String column) {
        data.add((Number) v.mean(), Double.isNaN(v.upper()) ? null : v.halfWidth(), row, column);
    }
}
