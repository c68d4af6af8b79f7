package org.recbridge.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.SummaryRow;

class ComparisonChartFactoryTest {
    /** Two strategies, two learners, groups listed cold first; one row with a single seed. */
    static ExperimentResults results() {
        List<SummaryRow> rows = new ArrayList<>();
        for (String learner : List.of("linear", "fm")) {
            rows.add(new SummaryRow("target-only", learner, "cold", "AUC", 0.56, 0.54, 0.58, 3));
            rows.add(new SummaryRow("target-only", learner, "all", "AUC", 0.60, 0.57, 0.63, 3));
            rows.add(new SummaryRow("pooled", learner, "cold", "AUC", 0.72, 0.70, 0.74, 3));
            rows.add(new SummaryRow("pooled", learner, "all", "AUC", 0.70, Double.NaN, Double.NaN, 1));
            rows.add(new SummaryRow("pooled", learner, "all", "HR@10", 0.12, 0.10, 0.14, 3));
        }
        return new ExperimentResults(1, "p", "2026-01-01T10:00:00Z", "classification", "cold-start",
                List.of(1L, 2L, 3L), List.of("AUC", "HR@10"), List.of(), List.of(), rows, List.of(), List.of(),
                List.of(), null, null, null, null, null, null);
    }

    @Test
    void seriesAreStrategiesInResultsOrderAndColumnsUserGroupsWithIntervals() {
        DefaultStatisticalCategoryDataset data = ComparisonChartFactory.dataset(results(), "AUC", "fm");
        assertEquals(List.of("target-only", "pooled"), data.getRowKeys());
        assertEquals(List.of("all", "cold"), data.getColumnKeys(), "all before cold, whatever the input order");
        assertEquals(0.72, data.getMeanValue("pooled", "cold").doubleValue(), 1e-12);
        // the error bar spans the interval: mean ± half-width gives back its bounds
        double half = data.getStdDevValue("pooled", "cold").doubleValue();
        assertEquals(0.70, 0.72 - half, 1e-12);
        assertEquals(0.74, 0.72 + half, 1e-12);
        assertEquals(0.03, data.getStdDevValue("target-only", "all").doubleValue(), 1e-12);
        assertNull(data.getStdDevValue("pooled", "all"), "one seed: no interval to draw");
    }

    @Test
    void onlyTheChosenMetricAndLearner() {
        DefaultStatisticalCategoryDataset data = ComparisonChartFactory.dataset(results(), "HR@10", "linear");
        assertEquals(List.of("pooled"), data.getRowKeys());
        assertEquals(0.12, data.getMeanValue("pooled", "all").doubleValue(), 1e-12);
    }

    @Test
    void aStrategyKeepsItsColourAcrossCharts() {
        JFreeChart auc = ComparisonChartFactory.chart(results(), "AUC", "fm");
        JFreeChart hr = ComparisonChartFactory.chart(results(), "HR@10", "fm");
        // pooled is series 1 in the AUC chart and series 0 in the HR chart (target-only has no HR rows)
        assertEquals(renderer(auc).getSeriesPaint(1), renderer(hr).getSeriesPaint(0));
        assertNotEquals(renderer(auc).getSeriesPaint(0), renderer(auc).getSeriesPaint(1));
        assertTrue(title(auc).startsWith("Test AUC by strategy, fm learner"), title(auc));
        // the look of every analysis chart: test metric and user group on the axes, fonts read at a glance
        CategoryPlot plot = (CategoryPlot) auc.getPlot();
        assertEquals("test AUC", plot.getRangeAxis().getLabel());
        assertEquals("user group", plot.getDomainAxis().getLabel());
        assertEquals(ChartStyle.TICKS, plot.getRangeAxis().getTickLabelFont());
        assertEquals(ChartStyle.AXIS_LABEL, plot.getDomainAxis().getLabelFont());
        assertEquals(ChartStyle.TICKS, auc.getLegend().getItemFont());
    }

    @Test
    void exportsPngAndSvg(@TempDir Path dir) throws Exception {
        JFreeChart chart = ComparisonChartFactory.chart(results(), "AUC", "fm");
        ChartExport.png(chart, dir.resolve("c.png"));
        ChartExport.svg(chart, dir.resolve("c.svg"));
        byte[] png = Files.readAllBytes(dir.resolve("c.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        String svg = Files.readString(dir.resolve("c.svg"));
        assertTrue(svg.contains("<svg") && svg.contains("pooled"), "the SVG draws the legend's text");
    }

    private static String title(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                return t.getText();
            }
        }
        return "";
    }

    private static org.jfree.chart.renderer.category.CategoryItemRenderer renderer(JFreeChart chart) {
        return ((CategoryPlot) chart.getPlot()).getRenderer();
    }
}
