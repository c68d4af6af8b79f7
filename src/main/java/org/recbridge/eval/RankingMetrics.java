package org.recbridge.eval;

import java.util.List;

/**
 * Top-K metrics: a user's held-out positive item is ranked among sampled negative items (or all items, see
 * {@link #trial}), and the values are averaged by the caller.
 *
 * <p>Ties are broken pessimistically: rank = 1 + (negatives scoring strictly higher) + (negatives scoring
 * equal). Why: a model that gives everything the same score (e.g. an untrained or cold-start fallback)
 * must not look good; with pessimistic ranking it gets rank n+1, not a lucky top position. The cost is
 * that legitimately tied scores are slightly under-rewarded.
 */
public final class RankingMetrics {
    private RankingMetrics() {
    }

    /** Pessimistic 1-based rank of the positive among the negatives (see class comment). */
    public static int rank(double positiveScore, double[] negativeScores) {
        checkPositive(positiveScore, "positiveScore");
        checkNegatives(negativeScores);
        return rankUnchecked(positiveScore, negativeScores);
    }

    /** 1 if the positive's rank is at most k, else 0. */
    public static double hitRate(double positiveScore, double[] negativeScores, int k) {
        checkK(k);
        return rank(positiveScore, negativeScores) <= k ? 1.0 : 0.0;
    }

    /** NDCG with one relevant item: 1 / log2(rank + 1) if rank <= k, else 0 (the ideal DCG is 1). */
    public static double ndcg(double positiveScore, double[] negativeScores, int k) {
        checkK(k);
        return ndcgOfRank(rank(positiveScore, negativeScores), k);
    }

    /**
     * Several held-out positives of one user: each positive is ranked separately against the same
     * negatives (the other positives are not competitors), and the user's value is the mean of the
     * per-positive hits. Why: it keeps one positive = one trial, so the value stays comparable with the
     * single-positive protocol and lies in [0, 1].
     */
    public static double hitRate(double[] positiveScores, double[] negativeScores, int k) {
        checkK(k);
        checkPositives(positiveScores);
        checkNegatives(negativeScores);
        double sum = 0.0;
        for (double p : positiveScores) {
            sum += rankUnchecked(p, negativeScores) <= k ? 1.0 : 0.0;
        }
        return sum / positiveScores.length;
    }

    /** Several positives: mean over positives of the single-positive NDCG, each ranked against the negatives. */
    public static double ndcg(double[] positiveScores, double[] negativeScores, int k) {
        checkK(k);
        checkPositives(positiveScores);
        checkNegatives(negativeScores);
        double sum = 0.0;
        for (double p : positiveScores) {
            sum += ndcgOfRank(rankUnchecked(p, negativeScores), k);
        }
        return sum / positiveScores.length;
    }

    /**
     * The values of one ranking trial, in the order of {@link MetricNames#ranking}: HR@K for every K, NDCG@K for
     * every K, for full ranking Recall@K and MAP@K for every K, then MRR.
     *
     * <p>{@code oneList} false (sampled protocols): each positive was ranked against the negatives alone, and
     * every value is the mean over positives of its single-positive value (HR = [rank <= K], NDCG = 1 /
     * log2(rank + 1) within K, RR = 1 / rank). True (full ranking): the positives share one list and their ranks
     * are their positions in it: HR@K = 1 if any positive is in the top K; Recall@K = positives in the top K /
     * positives; NDCG@K = DCG / the ideal DCG of min(positives, K) hits; MAP@K = sum over positives in the top K
     * of (the positive's place among positives / its rank), divided by min(positives, K), as RecBole computes
     * them; MRR = 1 / the first positive's rank (not cut at K).
     *
     * @param ranks pessimistic 1-based ranks ({@link #rank}), at least one
     */
    public static double[] trial(int[] ranks, boolean oneList, List<Integer> ks, boolean full) {
        Checks.notNull(ranks, "ranks");
        Checks.nonEmpty(ranks.length, "ranks");
        int n = ranks.length;
        int[] sorted = ranks.clone();
        java.util.Arrays.sort(sorted);
        int families = full ? 4 : 2;
        double[] out = new double[families * ks.size() + 1];
        for (int j = 0; j < ks.size(); j++) {
            int k = ks.get(j);
            checkK(k);
            if (!oneList) {
                double hits = 0;
                double gain = 0;
                for (int r : sorted) {
                    hits += r <= k ? 1 : 0;
                    gain += ndcgOfRank(r, k);
                }
                out[j] = hits / n;
                out[ks.size() + j] = gain / n;
                continue;
            }
            double hits = 0;
            double dcg = 0;
            double precisions = 0;
            for (int i = 0; i < n && sorted[i] <= k; i++) {
                hits++;
                dcg += ndcgOfRank(sorted[i], k);
                precisions += (i + 1) / (double) sorted[i];
            }
            double ideal = 0;
            for (int i = 1; i <= Math.min(n, k); i++) {
                ideal += ndcgOfRank(i, k);
            }
            out[j] = hits > 0 ? 1 : 0;
            out[ks.size() + j] = dcg / ideal;
            if (full) {
                out[2 * ks.size() + j] = hits / n;
                out[3 * ks.size() + j] = precisions / Math.min(n, k);
            }
        }
        double reciprocal = 0;
        for (int r : oneList ? new int[] {sorted[0]} : sorted) {
            reciprocal += 1.0 / r;
        }
        out[out.length - 1] = oneList ? reciprocal : reciprocal / n;
        return out;
    }

    private static double ndcgOfRank(int rank, int k) {
        return rank <= k ? 1.0 / (Math.log(rank + 1.0) / Math.log(2.0)) : 0.0;
    }

    private static int rankUnchecked(double positiveScore, double[] negativeScores) {
        int atLeast = 0;
        for (double s : negativeScores) {
            if (s >= positiveScore) {
                atLeast++;
            }
        }
        return 1 + atLeast;
    }

    private static void checkK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
    }

    private static void checkPositive(double score, String name) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException(name + " is NaN");
        }
    }

    private static void checkPositives(double[] positiveScores) {
        Checks.notNull(positiveScores, "positiveScores");
        Checks.nonEmpty(positiveScores.length, "positiveScores");
        Checks.noNaN(positiveScores, "positiveScores");
    }

    private static void checkNegatives(double[] negativeScores) {
        Checks.notNull(negativeScores, "negativeScores");
        Checks.nonEmpty(negativeScores.length, "negativeScores");
        Checks.noNaN(negativeScores, "negativeScores");
    }
}
