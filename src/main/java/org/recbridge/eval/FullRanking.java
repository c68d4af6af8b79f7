package org.recbridge.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.recbridge.task.Row;
import org.recbridge.task.TargetSplit;
import org.recbridge.util.CancelToken;

/**
 * Full ranking (RecBole's full sort): each test user's positives among every catalogue item the user has no
 * other row for (training, validation, or a test row that is not a positive). Scores come from the model's
 * {@link Factors} when it has them, a matrix product per user; otherwise the user's rows are scored through the
 * predictor a chunk at a time.
 */
final class FullRanking {
    private FullRanking() {
    }

    static Map<String, TestEvaluator.Trials> rank(TargetSplit split, RankingCandidates candidates,
                                                  EvaluationSettings settings, Function<List<Row>, double[]> scorer,
                                                  FactorSource source, CancelToken cancel) {
        List<String> items = candidates.pool();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i), i);
        }
        List<String> users = new ArrayList<>(candidates.users().keySet());
        cancel.check();
        Factors factors = source.factors(users, items);
        Map<String, TestEvaluator.Trials> out = new HashMap<>();
        int[][] ranks = factors != null ? byFactors(split, candidates, users, index, factors, cancel)
                : byRows(split, candidates, users, index, scorer, cancel);
        for (int u = 0; u < users.size(); u++) {
            if (ranks[u].length > 0) {
                out.put(users.get(u), TestEvaluator.Trials.one(RankingMetrics.trial(ranks[u], true, settings.ks(), true)));
            }
        }
        return out;
    }

    /** The catalogue indexes of the user's positives (those in the catalogue). */
    private static int[] positives(RankingCandidates candidates, String user, Map<String, Integer> index) {
        return candidates.users().get(user).positives().stream().map(index::get).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).toArray();
    }

    /** The catalogue indexes of the user's other rows' items: not candidates. */
    private static int[] excluded(TargetSplit split, String user, int[] positives, Map<String, Integer> index) {
        Set<Integer> own = new java.util.HashSet<>();
        for (int p : positives) {
            own.add(p);
        }
        return split.observed().getOrDefault(user, Set.of()).stream().map(index::get)
                .filter(i -> i != null && !own.contains(i)).mapToInt(Integer::intValue).toArray();
    }

    /** Each user's rows scored through the predictor (a chunk at a time), then ranked. */
    private static int[][] byRows(TargetSplit split, RankingCandidates candidates, List<String> users,
                                  Map<String, Integer> index, Function<List<Row>, double[]> scorer, CancelToken cancel) {
        List<String> items = candidates.pool();
        int[][] ranks = new int[users.size()][];
        boolean[] excluded = new boolean[items.size()];
        for (int u = 0; u < users.size(); u++) {
            String user = users.get(u);
            List<Row> rows = new ArrayList<>(items.size());
            for (String item : items) {
                rows.add(new Row(user, item, 0, Double.NaN, 1));
            }
            double[] scores = TestEvaluator.scoreInChunks(scorer, rows, cancel);
            int[] positives = positives(candidates, user, index);
            int[] other = excluded(split, user, positives, index);
            for (int i : other) {
                excluded[i] = true;
            }
            ranks[u] = new int[positives.length];
            for (int p = 0; p < positives.length; p++) {
                ranks[u][p] = rankOf(positives[p], scores, excluded);
            }
            for (int i : other) {
                excluded[i] = false;
            }
        }
        return ranks;
    }

    /** Items scored at once per user: their factors stay in the core's cache while every user passes over them. */
    private static final int BLOCK = 2048;

    /**
     * Ranks by the matrix product, a block of items at a time for every user: each positive's rank is 1 + the
     * block items scoring at least as high, summed over blocks, less the user's excluded items that did and the
     * positive itself. A user's scores of the block add its dimensions in order, as {@link Factors#score} does,
     * so a positive meets its own score exactly.
     */
    private static int[][] byFactors(TargetSplit split, RankingCandidates candidates, List<String> users,
                                     Map<String, Integer> index, Factors factors, CancelToken cancel) {
        int m = candidates.pool().size();
        int[][] positives = new int[users.size()][];
        double[][] positiveScores = new double[users.size()][];
        int[][] ranks = new int[users.size()][];
        for (int u = 0; u < users.size(); u++) {
            positives[u] = positives(candidates, users.get(u), index);
            positiveScores[u] = new double[positives[u].length];
            ranks[u] = new int[positives[u].length]; // the block pass counts the positive itself: its 1
            for (int p = 0; p < positives[u].length; p++) {
                positiveScores[u][p] = factors.score(u, positives[u][p]);
            }
        }
        double[] block = new double[BLOCK];
        for (int from = 0; from < m; from += BLOCK) {
            cancel.check();
            int to = Math.min(m, from + BLOCK);
            for (int u = 0; u < users.size(); u++) {
                if (positives[u].length == 0) {
                    continue;
                }
                factors.scores(u, from, to, block);
                for (int p = 0; p < positives[u].length; p++) {
                    double s = positiveScores[u][p];
                    int atLeast = 0;
                    for (int i = 0; i < to - from; i++) {
                        atLeast += block[i] >= s ? 1 : 0;
                    }
                    ranks[u][p] += atLeast;
                }
            }
        }
        for (int u = 0; u < users.size(); u++) {
            for (int i : excluded(split, users.get(u), positives[u], index)) {
                double s = factors.score(u, i);
                for (int p = 0; p < positives[u].length; p++) {
                    ranks[u][p] -= s >= positiveScores[u][p] ? 1 : 0;
                }
            }
        }
        return ranks;
    }

    /** Pessimistic: 1 + the candidates other than {@code p} scoring at least as high. */
    static int rankOf(int p, double[] scores, boolean[] excluded) {
        double s = scores[p];
        int atLeast = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= s && !excluded[i] && i != p) {
                atLeast++;
            }
        }
        return 1 + atLeast;
    }
}
