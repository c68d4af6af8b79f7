package org.recbridge.export.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;

/** The model card lists the settings the learner has, and only those. */
class ModelCardTest {

    @Test
    void aLinearLearnerHasNoFactors() {
        LearnerSettings linear = new LearnerSettings(LearnerKind.LINEAR, 20, 0.1, 0.001, 8, 3);
        assertEquals("linear (epochs at most 20, learning rate 0.1000, L2 0.001000, patience 3)",
                ModelCard.learner(linear));
    }

    @Test
    void aFactorizationMachineListsItsFactors() {
        LearnerSettings fm = new LearnerSettings(LearnerKind.FM, 30, 0.05, 0.001, 16, 2);
        assertEquals("fm (epochs at most 30, learning rate 0.05000, L2 0.001000, factors 16, patience 2)",
                ModelCard.learner(fm));
    }
}
