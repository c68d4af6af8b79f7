package org.recbridge.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.SummaryRow;

class RunComparisonChartTest {
    private static ExperimentResults run(double pooledAll, String createdAt) {
        return new ExperimentResults(1, "p", createdAt, "classification", "cold-start", List.of(1L, 2L, 3L),
                List.of("AUC"), List.of(), List.of(), List.of(
                new SummaryRow("target-only", "fm", "all", "AUC", 0.60, 0.58, 0.62, 3),
                new SummaryRow("pooled", "fm", "all", "AUC", pooledAll, pooledAll - 0.01, pooledAll + 0.01, 3),
                new SummaryRow("pooled", "fm", "cold", "AUC", 0.7, 0.6, 0.8, 3)), List.of(), List.of(), List.of(),
                null, null, null, null, null, null);
    }

    @Test
    void eachStrategyHasABarPerRunWithItsInterval() {
        DefaultStatisticalCategoryDataset data = RunComparisonChart.dataset(run(0.70, "2026-01-01T10:00"),
                run(0.75, "2026-01-02T10:00"), "AUC", "fm");
        assertEquals(List.of("target-only · before", "target-only · after", "pooled · before", "pooled · after"),
                data.getRowKeys());
        assertEquals(0.70, data.getMeanValue("pooled · before", "all").doubleValue(), 1e-12);
        assertEquals(0.75, data.getMeanValue("pooled · after", "all").doubleValue(), 1e-12);
        assertEquals(0.01, data.getStdDevValue("pooled · after", "all").doubleValue(), 1e-12);
        assertEquals(0.1, data.getStdDevValue("pooled · before", "cold").doubleValue(), 1e-12);
    }
}
