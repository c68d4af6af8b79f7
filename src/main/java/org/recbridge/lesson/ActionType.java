package org.recbridge.lesson;

/** What a step's button does ({@code action.type}). */
public enum ActionType implements LessonTerm {
    /** opens a tab ({@code tab}) */
    OPEN_TAB,
    /** sets one project field ({@code field}, {@code value}) through the project validator */
    SET,
    /** runs the project */
    RUN,
    /** computes the domain diagnostics */
    DIAGNOSE,
    /** runs the learning curve of the project's {@code analysis.budgets} */
    LEARNING_CURVE,
    /** opens an Analysis view ({@code view}) */
    OPEN_ANALYSIS,
    /** exports the best run's model and opens Apply Model with it */
    APPLY_MODEL,
    /** opens a concept card ({@code id}) */
    CONCEPT,
    /** opens the What-if playground */
    PLAYGROUND
}
