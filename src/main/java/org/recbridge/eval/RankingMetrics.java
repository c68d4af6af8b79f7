package org.recbridge.eval;

/**
 * Top-K metrics for the sampled-negatives protocol: a user's held-out positive item is ranked among
 * sampled negative items, and the per-user values are averaged by the caller.
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
