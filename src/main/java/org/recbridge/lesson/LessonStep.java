package org.recbridge.lesson;

/**
 * One step of a lesson's tour.
 *
 * @param title     a few words
 * @param text      what is on the screen and what to look for, in plain words
 * @param doText    what to do (the lesson file's {@code do}), or null
 * @param action    what the step's button does, or null for a step that only explains
 * @param highlight the control the step talks about, or null
 */
public record LessonStep(String title, String text, String doText, LessonAction action, Highlight highlight) {
}
