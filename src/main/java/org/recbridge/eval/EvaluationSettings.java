package org.recbridge.eval;

/**
 * How runs are evaluated. Ranking: each held-out positive is ranked among {@code negatives} sampled items
 * the user never interacted with; HR@K and NDCG@K use {@code k}. Comparisons: every strategy against
 * {@code baseline}, paired by seed, at significance level {@code alpha}.
 */
public record EvaluationSettings(int k, int negatives, String baseline, double alpha) {
    public EvaluationSettings {
        if (k < 1) {
            throw new IllegalArgumentException("evaluation.k must be at least 1, got " + k);
        }
        if (negatives < 1) {
            throw new IllegalArgumentException("evaluation.negatives must be at least 1, got " + negatives);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("evaluation.alpha must be between 0 and 1, got " + alpha);
        }
    }

    public EvaluationSettings(int k, int negatives) {
        this(k, negatives, "target-only", 0.05);
    }

    public static EvaluationSettings defaults() {
        return new EvaluationSettings(10, 99);
    }
}
