package org.recbridge.chart;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.recbridge.util.AtomicFile;

/**
 * Writes a chart to PNG or SVG. SVG is drawn here through JFreeSVG 5, since ChartViewer's own menu only
 * knows JFreeSVG 3.
 */
public final class ChartExport {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;

    private ChartExport() {
    }

    public static void png(JFreeChart chart, Path file) throws IOException {
        AtomicFile.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
    }

    public static void svg(JFreeChart chart, Path file) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        String svg = g.getSVGDocument();
        AtomicFile.writeText(file, w -> w.write(svg));
    }
}
