package org.recbridge.report.charts;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Draws a chart as an SVG element (JFreeSVG), to embed in HTML: no image files, no network. */
public final class ChartSvg {
    public static final int WIDTH = 720;
    public static final int HEIGHT = 400;

    private ChartSvg() {
    }

    public static String of(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement();
    }
}
