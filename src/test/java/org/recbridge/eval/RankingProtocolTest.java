package org.recbridge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.recbridge.task.Row;
import org.recbridge.task.TargetSplit;
import org.recbridge.task.TaskSettings;
import org.recbridge.util.CancelToken;

/** Each ranking protocol on a split small enough to rank by hand. */
class RankingProtocolTest {
    /**
     * Warm user a: trained on t, positives p (0.8) and q (0.1) in test. Cold user c: positive r (0.6) in test, a
     * disliked test row d. Catalogue t, p, q, r, d, n; the only training item is t (0.5).
     */
    static TargetSplit split() {
        List<Row> train = List.of(new Row("a", "t", 1, 5, 1));
        List<Row> test = List.of(new Row("a", "p", 1, 5, 1), new Row("a", "q", 1, 5, 1),
                new Row("c", "r", 1, 5, 1), new Row("c", "d", 0, 1, 1));
        return new TargetSplit(train, List.of(), test, Set.of("c"), List.of("t", "p", "q", "r", "d", "n"),
                Map.of("a", Set.of("t", "p", "q"), "c", Set.of("r", "d")));
    }

    static final Map<String, Double> SCORE = Map.of("t", 0.5, "p", 0.8, "q", 0.1, "r", 0.6, "d", 0.9, "n", 0.3);
    static final Function<List<Row>, double[]> SCORER =
            rows -> rows.stream().mapToDouble(r -> SCORE.get(r.item())).toArray();

    static Map<String, Double> all(RankingProtocol protocol, int negatives, List<Integer> ks) {
        EvaluationSettings settings = new EvaluationSettings(ks, negatives, protocol, "target-only", 0.05, null);
        TargetSplit split = split();
        RankingCandidates candidates = RankingCandidates.build(split, TaskSettings.defaults(), settings, 7);
        return new TestEvaluator(split, TaskSettings.defaults(), settings, candidates)
                .evaluate(SCORER, CancelToken.none()).get(0).metrics();
    }

    @Test
    void sampledPerPairRanksEachPairAgainstItsOwnDrawsFromTheTrainingItemsAndAveragesPerPair() {
        // training items t, p, q (b trained on p and q): a's pairs p (0.8) and q (0.1) are ranked; c's r is no
        // training item and is not ranked (as CDRIB)
        TargetSplit base = split();
        Map<String, Set<String>> observed = new java.util.HashMap<>(base.observed());
        observed.put("b", Set.of("p", "q"));
        TargetSplit split = new TargetSplit(List.of(new Row("a", "t", 1, 5, 1), new Row("b", "p", 1, 5, 1),
                new Row("b", "q", 1, 5, 1)), List.of(), base.test(), base.coldUsers(), base.items(), observed);
        EvaluationSettings settings = new EvaluationSettings(List.of(1, 10), 999, RankingProtocol.SAMPLED_PER_PAIR,
                "target-only", 0.05, null);
        List<Row> ranked = new java.util.ArrayList<>();
        Function<List<Row>, double[]> recording = rows -> {
            if (rows.size() > 4) { // the ranking rows, not the four test rows
                ranked.addAll(rows);
            }
            return SCORER.apply(rows);
        };
        List<GroupMetrics> groups = new TestEvaluator(split, TaskSettings.defaults(), settings,
                RankingCandidates.build(split, TaskSettings.defaults(), settings, 7)).evaluate(recording, CancelToken.none());
        assertEquals(2 * 1000, ranked.size(), "two pairs, each with its own 999 draws");
        assertEquals(List.of("p", "q"), List.of(ranked.get(0).item(), ranked.get(1000).item()));
        assertEquals(Set.of("t", "p", "q"), ranked.stream().map(Row::item).collect(java.util.stream.Collectors.toSet()));
        // p ranks 1 + its own draws (a tie counts against it); q, the lowest, ranks 1000 whatever the draws
        long selfDraws = ranked.subList(1, 1000).stream().filter(r -> r.item().equals("p")).count();
        assertTrue(selfDraws > 250 && selfDraws < 420, "about a third of the draws: " + selfDraws);
        Map<String, Double> m = groups.get(0).metrics();
        assertEquals((1.0 / (1 + selfDraws) + 1 / 1000.0) / 2, m.get("MRR"), 1e-12);
        assertEquals(0.0, m.get("HR@10"), 1e-12);
    }

    @Test
    void sampledPerPairCountsAndNotesThePairsItCannotRank() {
        // training item t only: a's p and q and c's r have items no training row has; d is disliked, no pair
        EvaluationSettings settings = new EvaluationSettings(List.of(1), 20, RankingProtocol.SAMPLED_PER_PAIR,
                "target-only", 0.05, null);
        RankingCandidates none = RankingCandidates.build(split(), TaskSettings.defaults(), settings, 3);
        assertEquals(3, none.unranked());
        assertEquals("ranking (seed 3): 3 of 3 positive test pairs have an item that no training row has and are not "
                + "ranked (sampled-per-pair draws negatives from the training items, as CDRIB does); HR, NDCG and MRR "
                + "average over the other 0", none.unrankedNote(3));
        // b trains on p: q and r are left out, p is ranked
        TargetSplit base = split();
        Map<String, Set<String>> observed = new java.util.HashMap<>(base.observed());
        observed.put("b", Set.of("p"));
        TargetSplit split = new TargetSplit(List.of(new Row("a", "t", 1, 5, 1), new Row("b", "p", 1, 5, 1)),
                List.of(), base.test(), base.coldUsers(), base.items(), observed);
        RankingCandidates some = RankingCandidates.build(split, TaskSettings.defaults(), settings, 3);
        assertEquals(2, some.unranked());
        assertTrue(some.unrankedNote(3).startsWith("ranking (seed 3): 2 of 3 positive test pairs"), some.unrankedNote(3));
        // the other protocols rank every pair: nothing to note
        for (RankingProtocol other : List.of(RankingProtocol.SAMPLED_PER_USER, RankingProtocol.FULL)) {
            EvaluationSettings s = new EvaluationSettings(List.of(1), 2, other, "target-only", 0.05, null);
            assertEquals(null, RankingCandidates.build(split(), TaskSettings.defaults(), s, 3).unrankedNote(3));
        }
    }

    /** Issue 21 (nonsense as a result): a K no ranking can miss is refused, or noted where the catalogue decides. */
    @Test
    void aKAtWhichEveryHeldOutItemIsAHitIsRefusedOrNoted() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new EvaluationSettings(List.of(10, 100), 99, RankingProtocol.SAMPLED_PER_USER, "target-only",
                        0.05, null));
        assertEquals("evaluation.k must be at most evaluation.negatives (99): each held-out item is ranked among 100 "
                + "items, so at K = 100 every one is a hit, got 100", e.getMessage());
        new EvaluationSettings(List.of(99), 99, RankingProtocol.SAMPLED_PER_PAIR, "target-only", 0.05, null);
        // full ranking: the catalogue (six items here) is known only once the data is
        EvaluationSettings six = new EvaluationSettings(List.of(2, 6), 1, RankingProtocol.FULL, "target-only", 0.05, null);
        assertEquals("ranking (seed 3): at K = 6 every held-out item is a hit (evaluation.k is not below the 6 items "
                + "of the catalogue), so HR, NDCG and Recall at that K say nothing of the strategies",
                RankingCandidates.build(split(), TaskSettings.defaults(), six, 3).trivialK(six.ks(), 3));
        EvaluationSettings five = new EvaluationSettings(List.of(5), 1, RankingProtocol.FULL, "target-only", 0.05, null);
        assertEquals(null, RankingCandidates.build(split(), TaskSettings.defaults(), five, 3).trivialK(five.ks(), 3));
        assertEquals(1.0, all(RankingProtocol.FULL, 1, List.of(6)).get("HR@6"), 1e-12, "what the note warns of");
    }

    @Test
    void sampledPerPairAveragesOverPairsNotUsers() {
        // training items t, p, q, r: a has two pairs, c one; "all" is the mean of three pairs' values
        TargetSplit base = split();
        Map<String, Set<String>> observed = new java.util.HashMap<>(base.observed());
        observed.put("b", Set.of("p", "q", "r"));
        TargetSplit split = new TargetSplit(List.of(new Row("a", "t", 1, 5, 1), new Row("b", "p", 1, 5, 1),
                new Row("b", "q", 1, 5, 1), new Row("b", "r", 1, 5, 1)), List.of(), base.test(), base.coldUsers(),
                base.items(), observed);
        EvaluationSettings settings = new EvaluationSettings(List.of(1), 20, RankingProtocol.SAMPLED_PER_PAIR,
                "target-only", 0.05, null);
        List<Row> ranked = new java.util.ArrayList<>();
        Function<List<Row>, double[]> recording = rows -> {
            if (rows.size() > 4) {
                ranked.addAll(rows);
            }
            return SCORER.apply(rows);
        };
        List<GroupMetrics> groups = new TestEvaluator(split, TaskSettings.defaults(), settings,
                RankingCandidates.build(split, TaskSettings.defaults(), settings, 5)).evaluate(recording, CancelToken.none());
        double[] reciprocal = new double[3];
        for (int pair = 0; pair < 3; pair++) {
            double positive = SCORE.get(ranked.get(pair * 21).item());
            long above = ranked.subList(pair * 21 + 1, pair * 21 + 21).stream()
                    .filter(r -> SCORE.get(r.item()) >= positive).count();
            reciprocal[pair] = 1.0 / (1 + above);
        }
        assertEquals((reciprocal[0] + reciprocal[1] + reciprocal[2]) / 3, groups.get(0).metrics().get("MRR"), 1e-12);
        assertEquals((reciprocal[0] + reciprocal[1]) / 2, groups.get(1).metrics().get("MRR"), 1e-12);
        assertEquals(reciprocal[2], groups.get(2).metrics().get("MRR"), 1e-12);
    }

    @Test
    void sampledPerUserSharesNegativesAndAveragesPerUser() {
        // a's unseen items: r, d, n (0.6, 0.9, 0.3): p ranks 2, q ranks 4; c's: t, p, q, n: r ranks 2
        Map<String, Double> m = all(RankingProtocol.SAMPLED_PER_USER, 99, List.of(1, 2));
        assertEquals(0.0, m.get("HR@1"), 1e-12);
        assertEquals((0.5 + 1) / 2, m.get("HR@2"), 1e-12);
        assertEquals(((0.5 + 0.25) / 2 + 0.5) / 2, m.get("MRR"), 1e-12);
    }

    @Test
    void fullRankingRanksAgainstEveryItemTheUserHasNoOtherRowFor() {
        // a: candidates p, q, r, d, n (t is a training row): d 0.9, p 0.8, r 0.6, n 0.3, q 0.1 -> p at 2, q at 5
        // c: candidates t, p, q, r, n (d is a disliked test row): p 0.8, r 0.6 -> r at 2
        Map<String, Double> m = all(RankingProtocol.FULL, 99, List.of(1, 2, 5));
        assertEquals(0.0, m.get("HR@1"), 1e-12);
        assertEquals(1.0, m.get("HR@2"), 1e-12);
        assertEquals((0.5 + 1) / 2, m.get("Recall@2"), 1e-12);
        assertEquals((1.0 + 1) / 2, m.get("Recall@5"), 1e-12);
        double log3 = Math.log(3) / Math.log(2);
        double log6 = Math.log(6) / Math.log(2);
        double ndcgA = (1 / log3 + 1 / log6) / (1 + 1 / log3);
        assertEquals((ndcgA + 1 / log3) / 2, m.get("NDCG@5"), 1e-12);
        // MAP@5: a (1/2 + 2/5) / 2, c (1/2) / 1
        assertEquals(((0.5 + 0.4) / 2 + 0.5) / 2, m.get("MAP@5"), 1e-12);
        assertEquals(0.5, m.get("MRR"), 1e-12);
    }

    @Test
    void fullRankingByFactorsEqualsFullRankingRowByRow() {
        EvaluationSettings settings = new EvaluationSettings(List.of(1, 2, 5), 99, RankingProtocol.FULL,
                "target-only", 0.05, null);
        TargetSplit split = split();
        RankingCandidates candidates = RankingCandidates.build(split, TaskSettings.defaults(), settings, 7);
        // one dimension: every user 1, each item its score
        FactorSource factors = (users, items) -> new Factors(users.stream().map(u -> new double[] {1}).toArray(
                double[][]::new), new double[][] {items.stream().mapToDouble(SCORE::get).toArray()});
        TestEvaluator evaluator = new TestEvaluator(split, TaskSettings.defaults(), settings, candidates);
        Function<List<Row>, double[]> onlyTestRows = rows -> {
            if (rows.size() > 4) {
                throw new AssertionError("full ranking scored rows one by one despite the factors");
            }
            return SCORER.apply(rows);
        };
        assertEquals(evaluator.evaluate(SCORER, CancelToken.none()).get(0).metrics(),
                evaluator.evaluate(onlyTestRows, factors, CancelToken.none()).get(0).metrics());
    }
}
