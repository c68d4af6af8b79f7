package org.recbridge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.recbridge.task.Row;
import org.recbridge.task.TargetSplit;
import org.recbridge.task.TaskSettings;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;

class TestEvaluatorTest {
    /** Warm user "a" and cold user "c"; catalogue x, y, z, w, v; "a" saw x, y; "c" saw z, w. */
    static TargetSplit split() {
        List<Row> test = List.of(
                new Row("a", "x", 1, 5, 1), new Row("a", "y", 0, 2, 1),
                new Row("c", "z", 1, 5, 1), new Row("c", "w", 0, 1, 1));
        return new TargetSplit(List.of(), List.of(), test, Set.of("c"), List.of("x", "y", "z", "w", "v"),
                Map.of("a", Set.of("x", "y"), "c", Set.of("z", "w")));
    }

    /** Scores by item: x 0.9, y 0.2 (a ranked right); z 0.3, w 0.6 (c ranked wrong); v 0.5. */
    static final Map<String, Double> SCORE = Map.of("x", 0.9, "y", 0.2, "z", 0.3, "w", 0.6, "v", 0.5);
    static final Function<List<Row>, double[]> SCORER =
            rows -> rows.stream().mapToDouble(r -> SCORE.get(r.item())).toArray();

    @Test
    void metricsPerUserGroupMatchHandComputedValues() {
        TargetSplit split = split();
        EvaluationSettings settings = new EvaluationSettings(1, 99);
        RankingCandidates candidates = RankingCandidates.build(split, TaskSettings.defaults(), settings, 1);
        // negatives are the unseen items: a -> z, w, v; c -> x, y, v
        assertEquals(Set.of("z", "w", "v"), Set.copyOf(candidates.users().get("a").negatives()));
        List<GroupMetrics> groups = new TestEvaluator(split, TaskSettings.defaults(), settings, candidates)
                .evaluate(SCORER, CancelToken.none());
        assertEquals(3, groups.size());
        GroupMetrics all = groups.get(0);
        GroupMetrics warm = groups.get(1);
        GroupMetrics cold = groups.get(2);
        assertEquals(UserGroup.ALL, all.group());
        assertEquals(2, all.users());
        assertEquals(4, all.rows());
        // all: positives 0.9, 0.3; negatives 0.2, 0.6 -> pairs won: (0.9>0.2, 0.9>0.6, 0.3>0.2) = 3 of 4
        assertEquals(0.75, all.metrics().get("AUC"), 1e-12);
        assertEquals(1.0, warm.metrics().get("AUC"), 1e-12);
        assertEquals(0.0, cold.metrics().get("AUC"), 1e-12);
        // accuracy at 0.5: x right, y right, z wrong, w wrong
        assertEquals(0.5, all.metrics().get("accuracy"), 1e-12);
        // log-loss warm: -(ln 0.9 + ln 0.8) / 2
        assertEquals(-(Math.log(0.9) + Math.log(0.8)) / 2, warm.metrics().get("log-loss"), 1e-12);
        // ranking, K = 1: a's x (0.9) beats z, w, v -> rank 1, hit; c's z (0.3) is below x, y? no: x 0.9, v 0.5 -> rank 3
        assertEquals(1.0, warm.metrics().get("HR@1"), 1e-12);
        assertEquals(1.0, warm.metrics().get("NDCG@1"), 1e-12);
        assertEquals(0.0, cold.metrics().get("HR@1"), 1e-12);
        assertEquals(0.5, all.metrics().get("HR@1"), 1e-12);
        // ROC of all users: scores 0.9(+) 0.6(-) 0.3(+) 0.2(-) -> (0,0) (0,.5) (.5,.5) (.5,1) (1,1)
        assertEquals(List.of(0.0, 0.0, 0.5, 0.5, 1.0), all.roc().stream().map(RocPoint::fpr).toList());
        assertEquals(List.of(0.0, 0.5, 0.5, 1.0, 1.0), all.roc().stream().map(RocPoint::tpr).toList());
    }

    @Test
    void aGroupHoldingEveryTestRowIsNotRepeatedBesideAll() {
        TargetSplit split = split();
        EvaluationSettings settings = new EvaluationSettings(1, 99);
        // every test user cold (no warm test rows), then every test user warm
        for (Set<String> cold : List.of(Set.of("a", "c"), Set.<String>of())) {
            TargetSplit only = new TargetSplit(List.of(), List.of(), split.test(), cold, split.items(), split.observed());
            List<GroupMetrics> groups = new TestEvaluator(only, TaskSettings.defaults(), settings,
                    RankingCandidates.build(only, TaskSettings.defaults(), settings, 1)).evaluate(SCORER, CancelToken.none());
            assertEquals(List.of(UserGroup.ALL), groups.stream().map(GroupMetrics::group).toList(), "cold " + cold);
        }
    }

    @Test
    void aCancelStopsTheScoringAtTheNextChunk() {
        TargetSplit split = split();
        EvaluationSettings settings = new EvaluationSettings(1, 99);
        RankingCandidates candidates = RankingCandidates.build(split, TaskSettings.defaults(), settings, 1);
        CancelToken cancel = new CancelToken();
        AtomicInteger chunks = new AtomicInteger();
        Function<List<Row>, double[]> cancelling = rows -> {
            chunks.incrementAndGet();
            cancel.cancel(); // as a user's Cancel while the test rows are scored
            return SCORER.apply(rows);
        };
        TestEvaluator evaluator = new TestEvaluator(split, TaskSettings.defaults(), settings, candidates);
        assertThrows(CancelledException.class, () -> evaluator.evaluate(cancelling, cancel));
        assertEquals(1, chunks.get(), "the ranking candidates were scored after the cancel");
    }

    @Test
    void rocCurvesAreThinnedKeepingBothEnds() {
        int n = 1000;
        double[] scores = new double[n];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = i;
            positive[i] = i % 3 == 0;
        }
        List<RocPoint> full = ClassificationMetrics.rocPoints(scores, positive);
        List<RocPoint> thin = ClassificationMetrics.rocPoints(scores, positive, 101);
        assertEquals(n + 1, full.size());
        assertEquals(101, thin.size());
        assertEquals(full.get(0), thin.get(0));
        assertEquals(full.get(n), thin.get(100));
        assertEquals(full.get(500), thin.get(50));
    }

    @Test
    void regressionReportsRmseAndMaeAndRanksRatingsAtTheThreshold() {
        TargetSplit split = split();
        TaskSettings ratings = new TaskSettings(org.recbridge.task.TaskKind.REGRESSION, 4, 1);
        List<Row> test = List.of(new Row("a", "x", 5, 5, 1), new Row("a", "y", 2, 2, 1),
                new Row("c", "z", 5, 5, 1), new Row("c", "w", 1, 1, 1));
        TargetSplit rated = new TargetSplit(List.of(), List.of(), test, split.coldUsers(), split.items(), split.observed());
        EvaluationSettings settings = new EvaluationSettings(10, 99);
        TestEvaluator evaluator = new TestEvaluator(rated, ratings, settings,
                RankingCandidates.build(rated, ratings, settings, 1));
        Function<List<Row>, double[]> predictRatings = rows -> rows.stream()
                .mapToDouble(r -> Map.of("x", 4.0, "y", 2.0, "z", 5.0, "w", 3.0, "v", 1.0).get(r.item())).toArray();
        GroupMetrics all = evaluator.evaluate(predictRatings, CancelToken.none()).get(0);
        // errors: 1, 0, 0, 2 -> RMSE sqrt(5/4), MAE 3/4
        assertEquals(Math.sqrt(5.0 / 4), all.metrics().get("RMSE"), 1e-12);
        assertEquals(0.75, all.metrics().get("MAE"), 1e-12);
        assertEquals(List.of("RMSE", "MAE", "HR@10", "NDCG@10", "MRR"), evaluator.metricNames());
        assertEquals(List.of(), evaluator.evaluate(predictRatings, CancelToken.none()).get(0).roc());
    }
}
