package org.recbridge.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.task.TaskKind;

/** MRR, HR@K, NDCG@K, Recall@K and MAP@K of one ranking trial, against values worked out by hand. */
class RankingTrialTest {
    private static final double LOG2_3 = Math.log(3) / Math.log(2);
    private static final double LOG2_5 = Math.log(5) / Math.log(2);

    @Test
    void positivesRankedApartAreAveragedOverPositives() {
        // ranks 1 and 4, K = 1, 5: HR@1 = 1/2, HR@5 = 1; NDCG@1 = 1/2, NDCG@5 = (1 + 1/log2 5) / 2; MRR = (1 + 1/4) / 2
        double[] v = RankingMetrics.trial(new int[] {4, 1}, false, List.of(1, 5), false);
        assertArrayEquals(new double[] {0.5, 1.0, 0.5, (1 + 1 / LOG2_5) / 2, 0.625}, v, 1e-12);
    }

    @Test
    void positivesInOneListGiveHitRecallNdcgMapAndMrrAsRecBoleDefinesThem() {
        // two positives at places 2 and 4 of one list; K = 1, 3, 5
        double[] v = RankingMetrics.trial(new int[] {4, 2}, true, List.of(1, 3, 5), true);
        double idcg2 = 1 + 1 / LOG2_3;
        assertArrayEquals(new double[] {
            0, 1, 1,                                          // HR: a positive within K
            0, (1 / LOG2_3) / idcg2, (1 / LOG2_3 + 1 / LOG2_5) / idcg2, // NDCG: DCG over the ideal of min(2, K) hits
            0, 0.5, 1,                                        // Recall: positives within K of 2
            0, (1.0 / 2) / 2, (1.0 / 2 + 2.0 / 4) / 2,         // MAP: precision at each hit over min(2, K)
            0.5}, v, 1e-12);                                   // MRR: the first positive at 2
    }

    @Test
    void namesFollowTheValuesAndTablesShowKTenOrTheLargest() {
        EvaluationSettings full = new EvaluationSettings(List.of(1, 5, 10, 20), 99, RankingProtocol.FULL,
                "target-only", 0.05, null);
        List<String> names = MetricNames.of(TaskKind.IMPLICIT, full);
        assertEquals(List.of("AUC", "accuracy", "log-loss", "HR@1", "HR@5", "HR@10", "HR@20", "NDCG@1", "NDCG@5",
                "NDCG@10", "NDCG@20", "Recall@1", "Recall@5", "Recall@10", "Recall@20", "MAP@1", "MAP@5", "MAP@10",
                "MAP@20", "MRR"), names);
        assertEquals(List.of("AUC", "accuracy", "log-loss", "HR@10", "NDCG@10", "MRR"), MetricNames.shown(names));
        assertEquals(List.of("RMSE", "MAE", "HR@5", "NDCG@5", "MRR"), MetricNames.shown(MetricNames.of(
                TaskKind.REGRESSION, new EvaluationSettings(List.of(1, 5), 99, RankingProtocol.SAMPLED_PER_PAIR,
                        "target-only", 0.05, null))));
    }
}
