package org.recbridge.eval;

import java.util.List;

/**
 * How runs are evaluated. Ranking: held-out positives are ranked by {@code ranking} (against {@code negatives}
 * sampled items, or all items); MRR, and HR@K and NDCG@K (with Recall@K and MAP@K for full ranking) at every K
 * of {@code ks}. Comparisons: every strategy against {@code baseline}, paired by seed, at significance level
 * {@code alpha}.
 *
 * @param ks            the cut-offs, distinct and increasing
 * @param negatives     sampled negatives per user or per test pair; unused by full ranking
 * @param minimumEffect the smallest difference from the baseline on the main metric that counts as negative
 *                      transfer (or as transfer paying off), or null for the metric's default
 *                      ({@link #minimumEffect(String)})
 */
public record EvaluationSettings(List<Integer> ks, int negatives, RankingProtocol ranking, String baseline,
                                 double alpha, Double minimumEffect) implements java.io.Serializable {
    /** Below this, a difference in AUC, accuracy, HR or NDCG is too small for a user to care about. */
    public static final double DEFAULT_MINIMUM_EFFECT = 0.005;
    /** The same for RMSE and MAE, on a 1 to 5 rating scale. */
    public static final double DEFAULT_MINIMUM_ERROR_EFFECT = 0.01;
    /** Ranking negatives per user beyond which the candidates of a few thousand users outgrow a heap. */
    public static final int MAX_NEGATIVES = 100_000;

    public EvaluationSettings {
        if (ks == null || ks.isEmpty()) {
            throw new IllegalArgumentException("evaluation.k: give at least one K, e.g. 10 or [1, 5, 10, 20]");
        }
        ks = List.copyOf(ks);
        for (int i = 0; i < ks.size(); i++) {
            if (ks.get(i) < 1) {
                throw new IllegalArgumentException("evaluation.k must be at least 1, got " + ks.get(i));
            }
            if (i > 0 && ks.get(i) <= ks.get(i - 1)) {
                throw new IllegalArgumentException("evaluation.k: list each K once, smallest first, got " + ks);
            }
        }
        if (negatives < 1) {
            throw new IllegalArgumentException("evaluation.negatives must be at least 1, got " + negatives);
        }
        if (negatives > MAX_NEGATIVES) {
            throw new IllegalArgumentException(String.format("evaluation.negatives must be at most %,d (items "
                    + "ranked with each held-out item; a catalogue smaller than that is ranked whole), got %,d",
                    MAX_NEGATIVES, negatives));
        }
        if (ranking == null) {
            throw new IllegalArgumentException("evaluation.ranking: missing");
        }
        int largest = ks.get(ks.size() - 1);
        if (ranking != RankingProtocol.FULL && largest > negatives) {
            // a held-out item ranked among negatives + 1 is always within the top K: HR@K would be 1 whatever scored
            throw new IllegalArgumentException(String.format("evaluation.k must be at most evaluation.negatives (%,d): "
                    + "each held-out item is ranked among %,d items, so at K = %,d every one is a hit, got %,d",
                    negatives, negatives + 1, largest, largest));
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("evaluation.alpha must be between 0 and 1, got " + alpha);
        }
        if (minimumEffect != null && !(minimumEffect >= 0 && Double.isFinite(minimumEffect))) {
            throw new IllegalArgumentException("evaluation.minimumEffect must be a number 0 or more, got " + minimumEffect);
        }
    }

    /** One K, ranked against sampled negatives per user. */
    public EvaluationSettings(int k, int negatives, String baseline, double alpha, Double minimumEffect) {
        this(List.of(k), negatives, RankingProtocol.SAMPLED_PER_USER, baseline, alpha, minimumEffect);
    }

    /** The metric's default minimum effect. */
    public EvaluationSettings(int k, int negatives, String baseline, double alpha) {
        this(k, negatives, baseline, alpha, null);
    }

    public EvaluationSettings(int k, int negatives) {
        this(k, negatives, "target-only", 0.05);
    }

    /** The minimum effect for differences in {@code metric}: the project's, else 0.01 for RMSE and MAE, else 0.005. */
    public double minimumEffect(String metric) {
        if (minimumEffect != null) {
            return minimumEffect;
        }
        return metric.equals("RMSE") || metric.equals("MAE") ? DEFAULT_MINIMUM_ERROR_EFFECT : DEFAULT_MINIMUM_EFFECT;
    }

    public static EvaluationSettings defaults() {
        return new EvaluationSettings(10, 99);
    }
}
