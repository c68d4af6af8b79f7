package org.recbridge.learn;

/** The learners RecBridge trains through Tribuo. */
public enum LearnerKind {
    /** Logistic regression for likes and implicit feedback, linear regression for ratings (SGD). */
    LINEAR("linear"),
    /** Factorization machine: pairwise feature interactions through k latent factors. */
    FM("fm");

    private final String id;

    LearnerKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
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
