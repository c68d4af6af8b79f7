package org.recbridge.report.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A figure with a stable id (for anchors and tests) and a caption saying what it shows: one chart, or small
 * multiples (several panels of one kind side by side), each drawn {@code width} x {@code height}.
 */
public record NamedChart(String id, String caption, List<JFreeChart> panels, int width, int height) {
    public NamedChart {
        panels = List.copyOf(panels);
    }

    /** One chart at the report's full size. */
    static NamedChart of(String id, String caption, JFreeChart chart) {
        return new NamedChart(id, caption, List.of(chart), ChartSvg.WIDTH, ChartSvg.HEIGHT);
    }
}
