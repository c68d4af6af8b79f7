package org.recbridge.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.recbridge.analysis.diagnostics.CorrelatedPair;

/**
 * Correlated side features of one domain as a heat map: a cell per pair of the features that take part in a
 * strong correlation, coloured from blue (r = -1) through white (0, or below the report threshold) to orange
 * (r = +1), the Okabe-Ito ends, so the map reads without telling red from green.
 */
public final class CorrelationHeatMapChart {
    private static final Color NEGATIVE = new Color(0x00, 0x72, 0xB2);
    private static final Color POSITIVE = new Color(0xE6, 0x9F, 0x00);

    private CorrelationHeatMapChart() {
    }

    /** The features named in the domain's pairs, sorted: the heat map's rows and columns. */
    public static List<String> features(List<CorrelatedPair> pairs, String domain) {
        TreeSet<String> names = new TreeSet<>();
        pairs.stream().filter(p -> p.domain().equals(domain)).forEach(p -> {
            names.add(p.feature1());
            names.add(p.feature2());
        });
        return List.copyOf(names);
    }

    /** One series: x and y index into {@link #features}, z the correlation (1 on the diagonal, 0 when unreported). */
    public static DefaultXYZDataset dataset(List<CorrelatedPair> pairs, String domain) {
        List<String> names = features(pairs, domain);
        int n = names.size();
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            r[i][i] = 1;
        }
        for (CorrelatedPair p : pairs) {
            if (p.domain().equals(domain)) {
                int a = names.indexOf(p.feature1());
                int b = names.indexOf(p.feature2());
                r[a][b] = p.r();
                r[b][a] = p.r();
            }
        }
        double[] xs = new double[n * n];
        double[] ys = new double[n * n];
        double[] zs = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                xs[i * n + j] = i;
                ys[i * n + j] = j;
                zs[i * n + j] = r[i][j];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("r", new double[][] {xs, ys, zs});
        return data;
    }

    public static JFreeChart create(List<CorrelatedPair> pairs, String domain, double threshold) {
        String[] names = features(pairs, domain).toArray(new String[0]);
        SymbolAxis x = new SymbolAxis("feature", names);
        x.setVerticalTickLabels(true);
        SymbolAxis y = new SymbolAxis("feature", names);
        XYBlockRenderer cells = new XYBlockRenderer();
        Diverging scale = new Diverging();
        cells.setPaintScale(scale);
        DefaultXYZDataset data = dataset(pairs, domain);
        XYPlot plot = new XYPlot(data, x, y, cells);
        for (int i = 0; i < data.getItemCount(0); i++) { // the value in each cell: shades alone are hard to compare
            if (data.getZValue(0, i) == 0) {
                continue; // a pair below the threshold: white and unlabelled, as the note says
            }
            XYTextAnnotation value = new XYTextAnnotation(String.format(java.util.Locale.ROOT, "%.2f",
                    data.getZValue(0, i)), data.getXValue(0, i), data.getYValue(0, i));
            value.setFont(ChartStyle.AXIS_LABEL);
            plot.addAnnotation(value);
        }
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = ChartStyle.chart(plot, "Correlated side features of " + domain + " (Pearson r)");
        chart.removeLegend();
        NumberAxis rAxis = new NumberAxis("r");
        rAxis.setRange(-1, 1);
        PaintScaleLegend legend = new PaintScaleLegend(scale, rAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        ChartStyle.note(chart, String.format(java.util.Locale.ROOT, "Only features in a pair with |r| ≥ %.2f are "
                + "shown; white: below that. A strongly correlated pair carries the same information twice.",
                threshold), false);
        return chart;
    }

    /** Blue at -1, white at 0, orange at +1. */
    private static final class Diverging implements PaintScale {
        @Override
        public double getLowerBound() {
            return -1;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double value) {
            double v = Double.isNaN(value) ? 0 : Math.max(-1, Math.min(1, value));
            Color end = v < 0 ? NEGATIVE : POSITIVE;
            double t = Math.abs(v);
            return new Color(mix(255, end.getRed(), t), mix(255, end.getGreen(), t), mix(255, end.getBlue(), t));
        }

        private static int mix(int from, int to, double t) {
            return (int) Math.round(from + (to - from) * t);
        }
    }
}
