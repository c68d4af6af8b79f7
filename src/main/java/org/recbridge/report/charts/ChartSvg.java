package org.recbridge.report.charts;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Draws a chart as an SVG element (JFreeSVG), to embed in HTML: no image files, no network. */
public final class ChartSvg {
    /** The report's full-width chart: wide and tall enough that every axis label and legend entry reads. */
    public static final int WIDTH = 1040;
    public static final int HEIGHT = 560;

    private ChartSvg() {
    }

    public static String of(JFreeChart chart) {
        return of(chart, WIDTH, HEIGHT);
    }

    public static String of(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        // a view box lets the page scale the drawing to its column (small multiples side by side) without clipping
        return g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }
}
