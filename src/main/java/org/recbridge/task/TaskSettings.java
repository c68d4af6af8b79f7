package org.recbridge.task;

/**
 * The prediction task.
 *
 * @param kind          classification, regression or implicit
 * @param likeThreshold a rating at or above it is a like (classification, and positives for ranking)
 * @param negatives     sampled negatives per positive for the implicit task
 * @param redraw        the implicit task's training negatives drawn afresh each epoch (else once per seed)
 */
public record TaskSettings(TaskKind kind, double likeThreshold, int negatives, boolean redraw)
        implements java.io.Serializable {
    /** Sampled rows per observed row beyond which the training set is mostly made up rows (and outgrows a heap). */
    public static final int MAX_NEGATIVES = 100;

    public TaskSettings {
        if (negatives < 1) {
            throw new IllegalArgumentException("task.negatives must be at least 1, got " + negatives);
        }
        if (redraw && kind != TaskKind.IMPLICIT) {
            throw new IllegalArgumentException("task.redrawNegatives applies to the implicit task only (its sampled "
                    + "negatives), not to " + kind.id());
        }
        if (negatives > MAX_NEGATIVES) {
            throw new IllegalArgumentException(String.format("task.negatives must be at most %d (each observed "
                    + "row gets that many sampled rows, so the training rows grow %d times), got %d", MAX_NEGATIVES,
                    MAX_NEGATIVES + 1, negatives));
        }
    }

    /** The implicit task's negatives redrawn each epoch, as the field trains (it changed no known answer). */
    public TaskSettings(TaskKind kind, double likeThreshold, int negatives) {
        this(kind, likeThreshold, negatives, kind == TaskKind.IMPLICIT);
    }

    public static TaskSettings defaults() {
        return new TaskSettings(TaskKind.CLASSIFICATION, 4.0, 4);
    }
}
