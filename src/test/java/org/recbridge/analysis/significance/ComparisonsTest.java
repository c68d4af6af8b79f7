package org.recbridge.analysis.significance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbridge.eval.Verdict;
import org.recbridge.experiment.RunRecord;

class ComparisonsTest {
    static List<RunRecord> records(String strategy, double... auc) {
        List<RunRecord> out = new ArrayList<>();
        for (int i = 0; i < auc.length; i++) {
            out.add(new RunRecord(strategy, "linear", i + 1, "all", 10, 100, Map.of("AUC", auc[i], "RMSE", auc[i])));
        }
        return out;
    }

    @Test
    void clearlyWorseStrategyIsFlaggedAsNegativeTransferWithHandComputedStatistics() {
        List<RunRecord> records = new ArrayList<>(records("target-only", 0.60, 0.62, 0.61));
        records.addAll(records("pooled", 0.50, 0.53, 0.50));
        Comparison c = Comparisons.compute(records, "target-only", "AUC", true, 0.125, 0.05).get(0);
        // d = -0.10, -0.09, -0.11: mean -0.10, sd 0.01; corrected se = sqrt((1/3 + 0.125) * 0.01^2) = 0.0067700
        assertEquals(-0.10, c.meanDifference(), 1e-12);
        assertEquals(-14.7710, c.tStatistic(), 1e-3);
        // plain interval of the differences: half-width t_{0.975,2} * 0.01 / sqrt(3) = 4.30265 * 0.0057735 = 0.024841
        assertEquals(-0.124841, c.differenceLower(), 1e-5);
        assertEquals(-0.075159, c.differenceUpper(), 1e-5);
        assertEquals(0.25, c.wilcoxonPValue(), 1e-12); // n = 3, all differences negative: 2 * 1/8
        assertEquals(0, c.wins());
        assertEquals(3, c.losses());
        assertEquals(Verdict.WORSE, c.verdict());
        assertTrue(c.negativeTransfer());
        assertTrue(c.tPValue() < 0.01);
    }

    @Test
    void aNoisyDifferenceIsNoDifferenceAndNotFlagged() {
        List<RunRecord> records = new ArrayList<>(records("target-only", 0.60, 0.62, 0.61));
        records.addAll(records("pooled", 0.58, 0.65, 0.60));
        Comparison c = Comparisons.compute(records, "target-only", "AUC", true, 0.125, 0.05).get(0);
        assertEquals(Verdict.NO_DIFFERENCE, c.verdict());
        assertFalse(c.negativeTransfer());
        assertEquals(1, c.wins());
        assertEquals(2, c.losses());
    }

    @Test
    void forErrorMetricsHigherIsWorse() {
        List<RunRecord> records = new ArrayList<>(records("target-only", 1.00, 1.02, 1.01));
        records.addAll(records("pooled", 1.10, 1.11, 1.12));
        Comparison c = Comparisons.compute(records, "target-only", "RMSE", false, 0.125, 0.05).get(0);
        assertEquals(Verdict.WORSE, c.verdict());
        assertTrue(c.negativeTransfer());
        assertFalse(Comparisons.higherIsBetter("RMSE"));
        assertTrue(Comparisons.higherIsBetter("NDCG@10"));
    }

    @Test
    void theBaselineIsNotComparedWithItself() {
        List<Comparison> c = Comparisons.compute(records("target-only", 0.6, 0.7), "target-only", "AUC", true, 0.1, 0.05);
        assertTrue(c.isEmpty());
    }
}
