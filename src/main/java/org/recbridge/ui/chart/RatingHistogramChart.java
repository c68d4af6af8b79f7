package org.recbridge.ui.chart;

import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** A domain's rating histogram as a bar chart: one bar per rating value, its height the number of rows. */
public final class RatingHistogramChart {
    private static final java.awt.Color BAR = new java.awt.Color(0x3b, 0x6e, 0xa5);

    private RatingHistogramChart() {
    }

    public static JFreeChart create(Map<Double, Integer> histogram) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        histogram.forEach((rating, count) -> data.addValue(count, "rows", label(rating)));
        JFreeChart chart = ChartFactory.createBarChart(null, "rating", "rows", data, PlotOrientation.VERTICAL,
                false, true, false);
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.12);
        return chart;
    }

    /** "4" for whole ratings, "4.5" otherwise. */
    static String label(double rating) {
        return rating == Math.rint(rating) ? String.valueOf((long) rating) : String.valueOf(rating);
    }
}
