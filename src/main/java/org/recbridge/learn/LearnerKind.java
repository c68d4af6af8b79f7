package org.recbridge.learn;

/** The learners RecBridge trains through Tribuo. */
public enum LearnerKind {
    /** Logistic regression for likes and implicit feedback, linear regression for ratings (SGD). */
    LINEAR("linear", "logistic regression (SGD)", "linear regression (SGD)"),
    /** Factorization machine: pairwise feature interactions through k latent factors. */
    FM("fm", "factorization machine", "factorization machine");

    private final String id;
    private final String classifierName;
    private final String regressorName;

    LearnerKind(String id, String classifierName, String regressorName) {
        this.id = id;
        this.classifierName = classifierName;
        this.regressorName = regressorName;
    }

    public String id() {
        return id;
    }

    public String displayName(boolean regression) {
        return regression ? regressorName : classifierName;
    }

    public static LearnerKind fromId(String id) {
        if ("logistic".equalsIgnoreCase(id)) {
            return LINEAR;
        }
        for (LearnerKind k : values()) {
            if (k.id.equalsIgnoreCase(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown learner \"" + id + "\"; expected linear (alias logistic) or fm");
    }
}
