package org.recbridge.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** Built without a display: the chart is data and settings until a viewer draws it. */
class RatingHistogramChartTest {
    @Test
    void oneBarPerRatingValueInAscendingOrder() {
        JFreeChart chart = RatingHistogramChart.create("books", new TreeMap<>(Map.of(1.0, 10, 4.5, 3, 5.0, 7)));
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertEquals(List.of("1", "4.5", "5"), data.getColumnKeys());
        assertEquals(3, data.getValue("books", "4.5").intValue());
        assertEquals("rating", chart.getCategoryPlot().getDomainAxis().getLabel());
        assertEquals("rated rows", chart.getCategoryPlot().getRangeAxis().getLabel());
        assertEquals("Ratings of books", ((TextTitle) chart.getSubtitle(1)).getText());
        assertTrue(chart.getLegend().isVisible(), "the legend names the domain");
    }
}
