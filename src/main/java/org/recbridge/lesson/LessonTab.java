package org.recbridge.lesson;

/** The workbench tabs a step can open ({@code open-tab}). */
public enum LessonTab implements LessonTerm {
    DATA, EXPERIMENT, DIAGNOSTICS, RUN, RESULTS, ANALYSIS
}
