package org.recbridge.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYDrawableAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.recbridge.analysis.significance.Comparisons;

/**
 * The look the analysis charts share: white background, light grid, a bold title, readable axis fonts, a
 * frameless legend, and the line strokes that tell train (dashed) from validation (solid) in every chart.
 */
final class ChartStyle {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    /** A marker label's background: none, so the label does not hide the data under a grey box. */
    static final Color NO_BACKGROUND = new Color(255, 255, 255, 0);
    /** Text of a warning written on a chart: Okabe-Ito vermillion, darkened to read on white. */
    static final Color WARNING = new Color(0xB0, 0x40, 0x00);
    static final Stroke SOLID = new BasicStroke(2.2f);
    static final Stroke DASHED = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {7f, 5f}, 0f);
    /** The strokes of the curves a hint points at. */
    static final Stroke SOLID_BOLD = new BasicStroke(4.0f);
    static final Stroke DASHED_BOLD = new BasicStroke(3.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {9f, 5f}, 0f);
    static final Stroke MARKER = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {3f, 3f}, 0f);

    private ChartStyle() {
    }

    /** A chart on {@code plot} with a legend and {@code title}; notes (findings, warnings) go below the title. */
    static JFreeChart chart(Plot plot, String title) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            axisFonts(xy.getDomainAxis());
            axisFonts(xy.getRangeAxis());
        } else if (plot instanceof org.jfree.chart.plot.CategoryPlot cp) {
            cp.setRangeGridlinePaint(GRID);
            axisFonts(cp.getDomainAxis());
            axisFonts(cp.getRangeAxis());
        }
        JFreeChart chart = new JFreeChart(null, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 18)); // room for the last tick label of the x axis
        chart.getLegend().setItemFont(TICKS);
        chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 2, 2, 14));
        chart.getLegend().setFrame(BlockBorder.NONE);
        chart.addSubtitle(new TextTitle(title, TITLE));
        return chart;
    }

    /** A line under the title: a finding worth reading (warning colour when {@code warning}). */
    static void note(JFreeChart chart, String text, boolean warning) {
        TextTitle t = new TextTitle(text, NOTE);
        t.setPaint(warning ? WARNING : Color.DARK_GRAY);
        chart.addSubtitle(t);
    }

    /**
     * Keeps a score bounded by one (AUC, accuracy, HR, NDCG) from an axis running past one just because a few-seed
     * interval does: the axis ends at 1, where the statistical renderers cut their error bars, so no interval
     * reaches a value the metric cannot take. Error metrics (RMSE, log-loss) keep their auto range.
     */
    static void capAtOne(NumberAxis axis, String metric, Range data) {
        if (data != null && Comparisons.higherIsBetter(metric) && data.getUpperBound() > 1) {
            double lower = Math.max(0, data.getLowerBound());
            axis.setRange(Math.max(0, lower - 0.02 * (1 - lower)), 1);
        }
    }

    /** A legend entry for a strategy: its colour and marker, one entry however many curves it has. */
    static LegendItem legendItem(String label, Color colour, Shape shape) {
        LegendItem item = new LegendItem(label, null, null, null, true, shape, true, colour, false, colour,
                SOLID, true, new Line2D.Double(-7, 0, 7, 0), SOLID, colour);
        item.setLabelFont(TICKS);
        return item;
    }

    /** A legend entry for a kind of line (train dashed, validation solid) drawn in every colour. */
    static LegendItem lineLegendItem(String label, Color colour, Stroke stroke) {
        LegendItem item = new LegendItem(label, null, null, null, new Line2D.Double(-12, 0, 12, 0), stroke, colour);
        item.setLabelFont(TICKS);
        return item;
    }

    /** {@code shape} filled in {@code colour} with a white rim, centred on the data point (x, y). */
    static XYAnnotation point(Shape shape, double x, double y, Color colour) {
        Rectangle2D bounds = shape.getBounds2D();
        double size = 2.2 * Math.max(bounds.getWidth(), bounds.getHeight());
        return new XYDrawableAnnotation(x, y, size, size, (g, area) -> {
            AffineTransform at = AffineTransform.getTranslateInstance(area.getCenterX(), area.getCenterY());
            at.scale(area.getWidth() / bounds.getWidth() * 0.8, area.getHeight() / bounds.getHeight() * 0.8);
            at.translate(-bounds.getCenterX(), -bounds.getCenterY());
            Shape s = at.createTransformedShape(shape);
            g.setPaint(colour);
            g.fill(s);
            g.setPaint(Color.WHITE);
            g.setStroke(new BasicStroke(1.2f));
            g.draw(s);
        });
    }

    /** {@code c} made see-through, for bands and shaded gaps under the lines of the same colour. */
    static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private static void axisFonts(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICKS);
    }
}
