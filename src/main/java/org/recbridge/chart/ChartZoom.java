package org.recbridge.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.TextAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

/**
 * Scales a chart on screen with the window's zoom: every font (titles, notes, legend, axes, markers, value
 * labels) and every line (series, grid, markers) by the same factor, so presentation mode's charts read from
 * the back of a room and their lines thicken. It works on whatever a chart holds, so each chart class stays
 * unaware of it; exports are drawn fresh and keep the designed sizes.
 */
public final class ChartZoom {
    /**
     * The factor a chart is scaled by now, kept in the chart itself (its rendering hints, which drawing passes on
     * and ignores): a map would miss a chart once scaled, since a chart's hash code follows its fonts.
     */
    private static final RenderingHints.Key APPLIED = new RenderingHints.Key(0x200F) {
        @Override
        public boolean isCompatibleValue(Object value) {
            return value instanceof Float;
        }
    };

    private ChartZoom() {
    }

    /** Scales {@code chart} to {@code factor} times its designed sizes (1 restores them); FX thread only. */
    public static void apply(JFreeChart chart, double factor) {
        float now = chart.getRenderingHints().get(APPLIED) instanceof Float f ? f : 1f;
        float by = (float) factor / now;
        if (Math.abs(by - 1f) < 1e-4) {
            return;
        }
        boolean notify = chart.isNotify();
        chart.setNotify(false); // one redraw for all the changes below
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(scale(chart.getTitle().getFont(), by));
        }
        for (Title t : titles(chart)) {
            if (t instanceof TextTitle text) {
                text.setFont(scale(text.getFont(), by));
            } else if (t instanceof LegendTitle legend) {
                legend.setItemFont(scale(legend.getItemFont(), by));
            } else if (t instanceof PaintScaleLegend scaleLegend) {
                axis(scaleLegend.getAxis(), by);
                scaleLegend.setStripWidth(scaleLegend.getStripWidth() * by);
            }
        }
        plot(chart.getPlot(), by);
        chart.getRenderingHints().put(APPLIED, (float) factor);
        chart.setNotify(notify);
    }

    private static List<Title> titles(JFreeChart chart) {
        List<Title> all = new ArrayList<>();
        for (Object t : chart.getSubtitles()) {
            all.add((Title) t);
        }
        return all;
    }

    private static void plot(Plot plot, float by) {
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i), by);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i), by);
            }
            xy.setDomainGridlineStroke(scale(xy.getDomainGridlineStroke(), by));
            xy.setRangeGridlineStroke(scale(xy.getRangeGridlineStroke(), by));
            for (int i = 0; i < xy.getDatasetCount(); i++) {
                if (xy.getDataset(i) != null && xy.getRendererForDataset(xy.getDataset(i)) instanceof AbstractRenderer r) {
                    renderer(r, xy.getDataset(i).getSeriesCount(), by);
                }
            }
            markers(xy.getDomainMarkers(Layer.FOREGROUND), by);
            markers(xy.getDomainMarkers(Layer.BACKGROUND), by);
            markers(xy.getRangeMarkers(Layer.FOREGROUND), by);
            markers(xy.getRangeMarkers(Layer.BACKGROUND), by);
            for (Object a : xy.getAnnotations()) {
                if (a instanceof XYTextAnnotation text) {
                    text.setFont(scale(text.getFont(), by));
                }
            }
        } else if (plot instanceof CategoryPlot cp) {
            for (int i = 0; i < cp.getDomainAxisCount(); i++) {
                axis(cp.getDomainAxis(i), by);
            }
            for (int i = 0; i < cp.getRangeAxisCount(); i++) {
                axis(cp.getRangeAxis(i), by);
            }
            cp.setRangeGridlineStroke(scale(cp.getRangeGridlineStroke(), by));
            for (int i = 0; i < cp.getDatasetCount(); i++) {
                if (cp.getDataset(i) != null && cp.getRendererForDataset(cp.getDataset(i)) instanceof AbstractRenderer r) {
                    renderer(r, cp.getDataset(i).getRowCount(), by);
                }
            }
            markers(cp.getDomainMarkers(Layer.FOREGROUND), by);
            markers(cp.getDomainMarkers(Layer.BACKGROUND), by);
            markers(cp.getRangeMarkers(Layer.FOREGROUND), by);
            markers(cp.getRangeMarkers(Layer.BACKGROUND), by);
            for (Object a : cp.getAnnotations()) {
                if (a instanceof TextAnnotation text) {
                    text.setFont(scale(text.getFont(), by));
                }
            }
        }
    }

    private static void axis(Axis axis, float by) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(scale(axis.getLabelFont(), by));
        axis.setTickLabelFont(scale(axis.getTickLabelFont(), by));
        axis.setAxisLineStroke(scale(axis.getAxisLineStroke(), by));
        axis.setTickMarkStroke(scale(axis.getTickMarkStroke(), by));
    }

    /** Each series' line is set explicitly, so series drawn with the renderer's default thicken as well. */
    private static void renderer(AbstractRenderer r, int series, float by) {
        for (int s = 0; s < series; s++) {
            r.setSeriesStroke(s, scale(r.lookupSeriesStroke(s), by), false);
            r.setSeriesOutlineStroke(s, scale(r.lookupSeriesOutlineStroke(s), by), false);
            if (r.getSeriesItemLabelFont(s) != null) {
                r.setSeriesItemLabelFont(s, scale(r.getSeriesItemLabelFont(s), by), false);
            }
        }
        r.setDefaultItemLabelFont(scale(r.getDefaultItemLabelFont(), by), false);
        r.setDefaultStroke(scale(r.getDefaultStroke(), by), false);
        r.setDefaultOutlineStroke(scale(r.getDefaultOutlineStroke(), by), false);
    }

    private static void markers(Collection<?> markers, float by) {
        if (markers == null) {
            return;
        }
        for (Object o : markers) {
            Marker m = (Marker) o;
            m.setStroke(scale(m.getStroke(), by));
            if (m.getLabelFont() != null) {
                m.setLabelFont(scale(m.getLabelFont(), by));
            }
        }
    }

    static Font scale(Font f, float by) {
        return f == null ? null : f.deriveFont(f.getSize2D() * by);
    }

    static Stroke scale(Stroke s, float by) {
        if (!(s instanceof BasicStroke b)) {
            return s;
        }
        float[] dash = b.getDashArray();
        if (dash != null) {
            dash = dash.clone();
            for (int i = 0; i < dash.length; i++) {
                dash[i] *= by;
            }
        }
        return new BasicStroke(b.getLineWidth() * by, b.getEndCap(), b.getLineJoin(), Math.max(1f, b.getMiterLimit()),
                dash, b.getDashPhase() * by);
    }
}
