package org.recbridge.chart;

import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** One domain's rating histogram as a bar chart: one bar per rating value, its height the number of rows. */
public final class RatingHistogramChart {
    private static final java.awt.Color BAR = new java.awt.Color(0x00, 0x72, 0xB2); // Okabe-Ito blue

    private RatingHistogramChart() {
    }

    /** The series is the domain, so the legend names it as the side-by-side histograms of Diagnostics do. */
    public static JFreeChart create(String domain, Map<Double, Integer> histogram) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        histogram.forEach((rating, count) -> data.addValue(count, domain, label(rating)));
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        bars.setMaximumBarWidth(0.12);
        NumberAxis rows = new NumberAxis("rated rows");
        rows.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("rating"), rows, bars);
        return ChartStyle.chart(plot, "Ratings of " + domain);
    }

    /** "4" for whole ratings, "4.5" otherwise. */
    static String label(double rating) {
        return rating == Math.rint(rating) ? String.valueOf((long) rating) : String.valueOf(rating);
    }
}
