package org.recbridge.ui.teach;

import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.recbridge.lesson.Lesson;
import org.recbridge.lesson.LessonStep;

/**
 * A lesson's guided tour: one step at a time (its text, what to do, a button doing it), Back and Next, the control
 * the step talks about outlined. Where the tour was left is remembered per lesson, so closing it and opening the
 * lesson again resumes there.
 */
public final class TourViewModel {
    private final Lesson lesson;
    private final TourActions actions;
    private final Preferences preferences;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding canBack;
    private final BooleanBinding canNext;

    /** {@code preferences}: where the step reached is remembered (tests pass a node of their own). */
    public TourViewModel(Lesson lesson, TourActions actions, Preferences preferences) {
        this.lesson = lesson;
        this.actions = actions;
        this.preferences = preferences;
        int saved = preferences.getInt(key(), 0);
        index.set(saved >= 0 && saved < lesson.steps().size() ? saved : 0);
        canBack = index.greaterThan(0);
        canNext = index.lessThan(lesson.steps().size() - 1);
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The step shown, from 0. */
    public ReadOnlyIntegerProperty index() {
        return index.getReadOnlyProperty();
    }

    public LessonStep step() {
        return lesson.steps().get(index.get());
    }

    /** "Step 2 of 7". */
    public StringBinding position() {
        return Bindings.createStringBinding(() -> "Step " + (index.get() + 1) + " of " + lesson.steps().size(), index);
    }

    /** Why the step's action could not be done, or empty. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding canBack() {
        return canBack;
    }

    public BooleanBinding canNext() {
        return canNext;
    }

    /** Shows the step reached (outlining its control); called when the tour opens. */
    public void start() {
        go(index.get());
    }

    public void next() {
        if (canNext.get()) {
            go(index.get() + 1);
        }
    }

    public void back() {
        if (canBack.get()) {
            go(index.get() - 1);
        }
    }

    /** Performs the step's action (the button beside "what to do"). */
    public void perform() {
        LessonStep s = step();
        if (s.action() == null) {
            return;
        }
        String why = actions.perform(s.action());
        problem.set(why == null ? "" : why);
        actions.highlight(s.highlight()); // the action may have shown the control only now
    }

    /** Ends the tour where it is; the lesson opened again resumes at this step. */
    public void close() {
        actions.highlight(null);
        preferences.putInt(key(), index.get());
    }

    private void go(int i) {
        index.set(i);
        problem.set("");
        preferences.putInt(key(), i);
        actions.highlight(step().highlight());
    }

    private String key() {
        return "tour." + lesson.id();
    }
}
