package org.recbridge.ui.data;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jfree.chart.JFreeChart;
import org.recbridge.analysis.diagnostics.DomainStats;
import org.recbridge.chart.RatingHistogramChart;
import org.recbridge.ui.common.ChartModel;

/** The rating histogram on a domain's card of the Data screen, exported like every other chart. */
public final class RatingHistogramModel implements ChartModel {
    private final DomainStats stats;
    private final ReadOnlyObjectWrapper<JFreeChart> chart;

    RatingHistogramModel(DomainStats stats) {
        this.stats = stats;
        this.chart = new ReadOnlyObjectWrapper<>(freshChart());
    }

    @Override
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    @Override
    public JFreeChart freshChart() {
        return RatingHistogramChart.create(stats.domain(), stats.ratingHistogram());
    }

    @Override
    public String fileName() {
        return "ratings-" + stats.domain().replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
