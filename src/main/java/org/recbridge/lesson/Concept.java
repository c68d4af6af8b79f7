package org.recbridge.lesson;

/** The ideas the lessons teach, each with a card in Help ▸ Concepts ({@code concept}). */
public enum Concept implements LessonTerm {
    TRANSFER_LEARNING, SOURCE_AND_TARGET, COLD_START, NEGATIVE_TRANSFER, OVERFITTING, DOMAIN_DISTANCE,
    FEATURE_REDUNDANCY, TARGET_BUDGET, FEATURE_VS_MODEL_TRANSFER, JOINT_TRAINING
}
