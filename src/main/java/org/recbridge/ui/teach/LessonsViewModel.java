package org.recbridge.ui.teach;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recbridge.lesson.Lesson;
import org.recbridge.lesson.LessonCatalogue;
import org.recbridge.lesson.LessonData;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;

/**
 * The start page's list of lessons (title, idea, minutes), and opening one: its data made first if missing (in the
 * background: generated, or a public data set downloaded), then its project and its tour.
 */
public final class LessonsViewModel {
    private final JobService jobs;
    private final DialogService dialogs;
    private final Consumer<Lesson> open;
    private final ObservableList<Lesson> lessons = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** {@code open}: opens a lesson whose data is there (its project and its tour). */
    public LessonsViewModel(JobService jobs, DialogService dialogs, Consumer<Lesson> open) {
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.open = open;
    }

    /** Lists the lessons of {@code samples} (the sample-projects folder); a lesson file that does not read is listed
     * among the problems with its one-line message. */
    public void load(Path samples) {
        LessonCatalogue c = LessonCatalogue.of(samples);
        lessons.setAll(c.lessons());
        problems.setAll(c.problems());
    }

    public ObservableList<Lesson> lessons() {
        return lessons;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public void open(Lesson lesson) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        status.set("Preparing " + lesson.title() + "…");
        jobs.submit("Preparing lesson " + lesson.title(), (progress, cancel) -> LessonData.ensure(lesson, progress,
                cancel), made -> {
                    busy.set(false);
                    status.set(made ? "Made the data of " + lesson.title() + "." : "");
                    open.accept(lesson);
                }, error -> {
                    busy.set(false);
                    status.set("");
                    dialogs.showError("The lesson cannot open", lesson.file() + ": " + error.getMessage());
                }, () -> {
                    busy.set(false);
                    status.set("Cancelled.");
                });
    }
}
