package org.recbridge.ui.teach;

import org.recbridge.lesson.Highlight;
import org.recbridge.lesson.LessonAction;

/** What a tour does in the window: a step's action, and outlining the control a step talks about. */
public interface TourActions {
    /** Performs {@code action}; returns null, or a one-line reason it could not be done now. */
    String perform(LessonAction action);

    /** Outlines {@code highlight}'s control (null: none), removing the outline of the one before. */
    void highlight(Highlight highlight);
}
