package org.recbridge.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.eval.Verdict;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.SummaryRow;

class ForestPlotTest {
    /**
     * {@code strategies} with the fm learner, the first the baseline; the i-th other strategy is better by
     * 0.01 x i (0.01 to 0.05 AUC and on), interval +- 0.004, in the "all" and "cold" groups.
     */
    static ExperimentResults results(List<String> strategies) {
        List<SummaryRow> rows = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < strategies.size(); i++) {
            String s = strategies.get(i);
            double auc = 0.70 + 0.01 * i;
            rows.add(new SummaryRow(s, "fm", "all", "AUC", auc, auc - 0.02, auc + 0.02, 3));
            if (i > 0) {
                for (String group : List.of("cold", "all")) {
                    double d = 0.01 * i + (group.equals("cold") ? 0.002 : 0);
                    comparisons.add(new Comparison(s, "fm", strategies.get(0), group, "AUC", 3, d, d - 0.004,
                            d + 0.004, 0.95, 5, 0.01, 0.25, 3, 0, 0, Verdict.BETTER, false, 0.005));
                }
            }
        }
        return new ExperimentResults(1, "p", "2026-01-01T10:00:00Z", "classification", "cold-start",
                List.of(1L, 2L, 3L), List.of("AUC"), List.of(), List.of(), rows, List.of(), comparisons,
                List.of(), null, null, null, null, null, null);
    }

    private static final List<String> FIVE = List.of("target-only", "source-only", "pooled", "joint", "hybrid");

    @Test
    void oneRowPerStrategyBestFirstWithItsIntervalPerGroup() {
        DefaultStatisticalCategoryDataset data = ForestPlot.dataset(results(FIVE).comparisons());
        assertEquals(List.of("hybrid", "joint", "pooled", "source-only"), data.getColumnKeys(), "best first");
        assertEquals(List.of("all", "cold"), data.getRowKeys(), "all before cold");
        assertEquals(0.04, data.getMeanValue("all", "hybrid").doubleValue(), 1e-12);
        assertEquals(0.004, data.getStdDevValue("cold", "pooled").doubleValue(), 1e-12);
    }

    @Test
    void theAxisSpansTheDataAndTheBaselineNotTheMetricsWholeRange() {
        JFreeChart chart = ForestPlot.create(results(FIVE), "fm", ComparisonChartFactory.palette(results(FIVE)), null);
        assertNotNull(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation(), "rows, so sixteen strategies fit");
        Range axis = plot.getRangeAxis().getRange();
        assertTrue(axis.getLowerBound() <= 0 && axis.getLowerBound() > -0.02, "0 in view, little below: " + axis);
        assertTrue(axis.getUpperBound() >= 0.046 && axis.getUpperBound() < 0.1, "near the largest end: " + axis);
        ValueMarker baseline = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(0.0, baseline.getValue());
        assertEquals("target-only (baseline)", baseline.getLabel());
        assertTrue(plot.getRangeAxis().getLabel().contains("right is better"), plot.getRangeAxis().getLabel());
        // each strategy's points in its own colour, the same as in the bars
        JFreeChart bars = ComparisonChartFactory.chart(results(FIVE), "AUC", "fm");
        int pooled = bars.getCategoryPlot().getDataset().getRowIndex("pooled");
        int column = plot.getDataset().getColumnIndex("pooled");
        assertEquals(bars.getCategoryPlot().getRenderer().getSeriesPaint(pooled),
                plot.getRenderer().getItemPaint(0, column));
        assertNotNull(chart.createBufferedImage(900, 500));
    }

    @Test
    void aLearnerWithoutComparisonsHasNoForest() {
        assertNull(ForestPlot.create(results(List.of("target-only")), "fm",
                ComparisonChartFactory.palette(results(FIVE)), null));
    }

    @Test
    void theBarsCanStartNearTheData() {
        ExperimentResults r = results(FIVE);
        Range fromZero = ComparisonChartFactory.chart(r, "AUC", "fm", null, true).getCategoryPlot().getRangeAxis()
                .getRange();
        Range near = ComparisonChartFactory.chart(r, "AUC", "fm", null, false).getCategoryPlot().getRangeAxis()
                .getRange();
        assertEquals(0.0, fromZero.getLowerBound());
        assertTrue(near.getLowerBound() > 0.6 && near.getUpperBound() <= 1.0, near.toString());
    }

    @Test
    void theBaselinesLabelHasRoomAboveTheFirstRow() {
        List<String> eight = List.of("target-only", "source-only", "pooled", "joint", "hybrid", "emcdr",
                "fine-tune", "tradaboost");
        ExperimentResults results = results(eight);
        JFreeChart chart = ForestPlot.create(results, "fm", ComparisonChartFactory.palette(results), null);
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        java.awt.image.BufferedImage image = chart.createBufferedImage(640, 300, info); // a small, crowded chart
        assertNotNull(image);
        double top = info.getPlotInfo().getDataArea().getMinY();
        double firstRow = Double.MAX_VALUE;
        for (Object e : info.getEntityCollection().getEntities()) {
            if (e instanceof org.jfree.chart.entity.CategoryItemEntity item) {
                firstRow = Math.min(firstRow, item.getArea().getBounds2D().getMinY());
            }
        }
        java.awt.FontMetrics metrics = image.getGraphics().getFontMetrics(ChartStyle.TICKS);
        assertTrue(firstRow - top >= metrics.getHeight(), "the first row's markers start " + (firstRow - top)
                + " px below the plot's top; the baseline's label is " + metrics.getHeight() + " px high");
    }
}
