package org.recbridge.transfer;

import java.util.List;
import org.recbridge.learn.LearnerSettings;

/**
 * The target-stage settings of {@link FineTune} and {@link RegularizedTransfer}: each null value means the
 * learner's own, so a project without settings trains both stages alike, as before these settings existed.
 *
 * @param epochs       most target epochs (0: the source model as it is)
 * @param learningRate target learning rate
 * @param l2           L2 strength of the target stage (for regularized transfer, the pull towards the source)
 */
record TargetStage(Integer epochs, Double learningRate, Double l2) implements java.io.Serializable {
    static final TargetStage LEARNERS = new TargetStage(null, null, null);

    /** The settings both warm-started strategies declare. */
    static final List<Setting> SETTINGS = List.of(
            Setting.integer("targetEpochs", null, 0, Integer.MAX_VALUE, "Most epochs of the target stage; 0 keeps "
                    + "the source model.").fromLearner("the learner's epochs"),
            Setting.number("targetLearningRate", null, false, "Learning rate of the target stage.")
                    .fromLearner("the learner's learningRate"));

    static TargetStage of(SettingValues v, Double l2) {
        return new TargetStage(v.integer("targetEpochs"), v.number("targetLearningRate"), l2);
    }

    LearnerSettings apply(LearnerSettings s) {
        LearnerSettings out = epochs == null ? s : s.withEpochs(epochs);
        out = learningRate == null ? out : out.withLearningRate(learningRate);
        return l2 == null ? out : out.withL2(l2);
    }
}
