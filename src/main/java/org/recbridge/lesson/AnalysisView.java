package org.recbridge.lesson;

/** The Analysis tab's views a step can open ({@code open-analysis}). */
public enum AnalysisView implements LessonTerm {
    TRAINING, SWEEPS, LEARNING_CURVES, ROC
}
