package org.recbridge.chart;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.recbridge.analysis.diagnostics.DomainStats;

/**
 * The rating histograms of every domain side by side: a bar per domain at each rating value, as the share of
 * that domain's rated rows, so a domain ten times larger than another still compares at a glance.
 */
public final class DomainHistogramsChart {
    private DomainHistogramsChart() {
    }

    /** Rows the domains (in order), columns the rating values, values in per cent of the domain's rated rows. */
    public static DefaultCategoryDataset dataset(List<DomainStats> domains) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        TreeSet<Double> ratings = new TreeSet<>();
        domains.forEach(d -> ratings.addAll(d.ratingHistogram().keySet()));
        for (DomainStats d : domains) {
            Map<Double, Integer> h = d.ratingHistogram();
            for (double rating : ratings) {
                int count = h.getOrDefault(rating, 0);
                data.addValue(d.ratedRows() == 0 ? 0 : 100.0 * count / d.ratedRows(), d.domain(),
                        RatingHistogramChart.label(rating));
            }
        }
        return data;
    }

    /** {@code palette}: colours by domain name, the target last. */
    public static JFreeChart create(List<DomainStats> domains, StrategyPalette palette) {
        DefaultCategoryDataset data = dataset(domains);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.04);
        for (int r = 0; r < data.getRowCount(); r++) {
            bars.setSeriesPaint(r, palette.colour((String) data.getRowKey(r)));
        }
        NumberAxis share = new NumberAxis("share of the domain's rated rows (%)");
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("rating"), share, bars);
        return ChartStyle.chart(plot, "Rating histograms of the domains, side by side");
    }
}
