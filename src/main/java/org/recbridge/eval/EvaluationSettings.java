package org.recbridge.eval;

/**
 * Ranking evaluation: each held-out positive is ranked among {@code negatives} sampled items the user
 * never interacted with; HR@K and NDCG@K use {@code k}.
 */
public record EvaluationSettings(int k, int negatives) {
    public EvaluationSettings {
        if (k < 1) {
            throw new IllegalArgumentException("evaluation.k must be at least 1, got " + k);
        }
        if (negatives < 1) {
            throw new IllegalArgumentException("evaluation.negatives must be at least 1, got " + negatives);
        }
    }

    public static EvaluationSettings defaults() {
        return new EvaluationSettings(10, 99);
    }
}
