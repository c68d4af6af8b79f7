package org.recbridge.report.charts;

import org.jfree.chart.JFreeChart;

/** A chart with a stable id (for anchors and tests) and a caption saying what it shows. */
public record NamedChart(String id, String caption, JFreeChart chart) {
}
