package org.recbridge.task;

/**
 * The prediction task.
 *
 * @param kind          classification, regression or implicit
 * @param likeThreshold a rating at or above it is a like (classification, and positives for ranking)
 * @param negatives     sampled negatives per positive for the implicit task
 */
public record TaskSettings(TaskKind kind, double likeThreshold, int negatives) implements java.io.Serializable {
    public TaskSettings {
        if (negatives < 1) {
            throw new IllegalArgumentException("task.negatives must be at least 1, got " + negatives);
        }
    }

    public static TaskSettings defaults() {
        return new TaskSettings(TaskKind.CLASSIFICATION, 4.0, 4);
    }
}
