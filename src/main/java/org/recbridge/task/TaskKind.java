package org.recbridge.task;

/** What the target model predicts. */
public enum TaskKind {
    /** Like (rating at or above the threshold) versus dislike. */
    CLASSIFICATION("classification"),
    /** The rating itself. */
    REGRESSION("regression"),
    /** Observed pairs are positives; unobserved pairs are sampled as negatives. */
    IMPLICIT("implicit");

    private final String id;

    TaskKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean isRegression() {
        return this == REGRESSION;
    }

    public static TaskKind fromId(String id) {
        for (TaskKind k : values()) {
            if (k.id.equalsIgnoreCase(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown task \"" + id + "\"; expected classification, regression or implicit");
    }
}
