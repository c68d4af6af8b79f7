package org.recbridge.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.jfree.chart.JFreeChart;

/** What a chart pane shows and exports: the chart on screen, and a fresh copy of it for work off the FX thread. */
public interface ChartModel {
    /** The chart on screen; null while there is nothing to show. */
    ReadOnlyObjectProperty<JFreeChart> chartProperty();

    /** A new chart like the one on screen (drawn by the FX thread meanwhile), for an export job or the clipboard. */
    JFreeChart freshChart();

    /** A file name for exports, without extension. */
    String fileName();
}
