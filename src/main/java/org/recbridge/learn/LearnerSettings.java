package org.recbridge.learn;

/**
 * Settings of one learner. The number of epochs actually used is chosen on validation (early stopping):
 * {@code epochs} is the most that will run, {@code patience} how many epochs without a validation gain end it.
 *
 * @param kind         linear or fm
 * @param epochs       the most epochs to run
 * @param learningRate AdaGrad's initial learning rate
 * @param l2           L2 strength, applied as weight decay on the features active in each step
 * @param factors      FM latent factor size (ignored by the linear learner)
 * @param patience     epochs without validation improvement before stopping
 * @param bpr          the pairwise BPR loss (Rendle et al. 2009) instead of the log loss: fm learner, implicit task
 */
public record LearnerSettings(LearnerKind kind, int epochs, double learningRate, double l2, int factors, int patience,
                              boolean bpr) implements java.io.Serializable {
    /** With the log loss. */
    public LearnerSettings(LearnerKind kind, int epochs, double learningRate, double l2, int factors, int patience) {
        this(kind, epochs, learningRate, l2, factors, patience, false);
    }

    public LearnerSettings {
        if (bpr && kind != LearnerKind.FM) {
            throw new IllegalArgumentException("loss bpr is for the fm learner (it ranks by factors), not " + kind.id());
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be 0 or more, got " + epochs);
        }
        if (!(learningRate > 0 && learningRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("learningRate must be above 0, got " + learningRate);
        }
        if (!(l2 >= 0 && l2 < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("l2 must be 0 or more, got " + l2);
        }
        if (factors < 1) {
            throw new IllegalArgumentException("factors must be at least 1, got " + factors);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be at least 1, got " + patience);
        }
    }

    public static LearnerSettings defaults(LearnerKind kind) {
        return kind == LearnerKind.FM
                ? new LearnerSettings(kind, 30, 0.05, 1e-3, 8, 3)
                : new LearnerSettings(kind, 30, 0.1, 1e-3, 8, 3);
    }

    public LearnerSettings withEpochs(int e) {
        return new LearnerSettings(kind, e, learningRate, l2, factors, patience, bpr);
    }

    public LearnerSettings withLearningRate(double v) {
        return new LearnerSettings(kind, epochs, v, l2, factors, patience, bpr);
    }

    public LearnerSettings withL2(double v) {
        return new LearnerSettings(kind, epochs, learningRate, v, factors, patience, bpr);
    }

    public LearnerSettings withBpr(boolean b) {
        return new LearnerSettings(kind, epochs, learningRate, l2, factors, patience, b);
    }

    public LearnerSettings withFactors(int k) {
        return new LearnerSettings(kind, epochs, learningRate, l2, k, patience, bpr);
    }

    /**
     * The id used in results: the kind, plus the settings that differ from the defaults (all that change the
     * run; a linear learner's factors do not). Two learners with one label are one run.
     */
    public String label() {
        LearnerSettings d = defaults(kind);
        StringBuilder s = new StringBuilder(kind.id());
        if (kind == LearnerKind.FM && factors != d.factors) {
            s.append(" k=").append(factors);
        }
        if (l2 != d.l2) {
            s.append(" l2=").append(l2);
        }
        if (learningRate != d.learningRate) {
            s.append(" lr=").append(learningRate);
        }
        if (epochs != d.epochs) {
            s.append(" epochs=").append(epochs);
        }
        if (patience != d.patience) {
            s.append(" patience=").append(patience);
        }
        if (bpr) {
            s.append(" bpr");
        }
        return s.toString();
    }
}
