package org.recbridge.ui.teach;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jfree.chart.JFreeChart;
import org.recbridge.experiment.ErrorMessages;
import org.recbridge.lesson.Concept;
import org.recbridge.lesson.ConceptCard;
import org.recbridge.lesson.ConceptCards;
import org.recbridge.lesson.Lesson;
import org.recbridge.lesson.LessonCatalogue;
import org.recbridge.report.charts.ConceptPictures;
import org.recbridge.ui.common.BackgroundJob;
import org.recbridge.ui.common.JobService;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Help ▸ Concepts: one card at a time, its text at once and its picture drawn in the background from the card's
 * lesson. A picture is drawn once a session (kept afterwards); choosing another card cancels a drawing under way,
 * since only the card on screen is worth the cores.
 */
public final class ConceptsViewModel {
    /** Draws a card's picture: {@link ConceptPictures} over the sample lessons in the window, a fake in tests. */
    @FunctionalInterface
    public interface Painter {
        JFreeChart draw(ConceptCard card, ProgressListener progress, CancelToken cancel) throws Exception;
    }

    private final JobService jobs;
    private final Painter painter;
    private final Map<Concept, JFreeChart> drawn = new EnumMap<>(Concept.class);
    private final ReadOnlyObjectWrapper<ConceptCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private JobService.Handle running;
    /** Counts drawings asked for, so one replaced by a newer one changes nothing on screen when it ends. */
    private long generation;

    public ConceptsViewModel(JobService jobs, Painter painter) {
        this.jobs = jobs;
        this.painter = painter;
    }

    /** Pictures drawn from the lessons in {@code samples} (the sample projects folder), read when first needed. */
    public static ConceptsViewModel withLessons(JobService jobs, Optional<Path> samples) {
        LessonCatalogue[] catalogue = new LessonCatalogue[1];
        return new ConceptsViewModel(jobs, (card, progress, cancel) -> {
            synchronized (catalogue) {
                if (catalogue[0] == null) {
                    catalogue[0] = LessonCatalogue.of(samples.orElseThrow(() -> new IllegalArgumentException(
                            "the sample projects are not installed: no lesson to draw the picture from")));
                }
            }
            Lesson lesson = catalogue[0].find(card.picture().lesson()).orElseThrow(() -> new IllegalArgumentException(
                    "the lesson " + card.picture().lesson() + " is not among the sample projects"));
            return ConceptPictures.draw(card, lesson, progress, cancel);
        });
    }

    /** Shows {@code concept}'s card, and its picture once drawn. */
    public void select(Concept concept) {
        ConceptCard c = ConceptCards.of(concept);
        if (c.equals(card.get()) && (picture.get() != null || busy.get())) {
            return;
        }
        cancel();
        card.set(c);
        JFreeChart kept = drawn.get(concept);
        picture.set(kept);
        if (kept != null) {
            status.set("");
            return;
        }
        status.set("Drawing the picture from the lesson \"" + c.picture().lesson() + "\" (a few seconds)…");
        busy.set(true);
        long mine = ++generation;
        BackgroundJob<JFreeChart> job = (progress, cancel) -> painter.draw(c, progress, cancel);
        running = jobs.submit("Picture of " + c.title(), job, chart -> {
            drawn.put(concept, chart);
            if (mine == generation) {
                busy.set(false);
                picture.set(chart);
                status.set("");
            }
        }, error -> {
            if (mine == generation) {
                busy.set(false);
                status.set("No picture: " + ErrorMessages.oneLine(error));
            }
        }, () -> { });
    }

    /** Stops a drawing under way (another card chosen, or the window closed); it is drawn again when next shown. */
    public void cancel() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(false);
    }

    /** The card shown. */
    public ReadOnlyObjectProperty<ConceptCard> card() {
        return card.getReadOnlyProperty();
    }

    /** The card's picture; null while it is drawn, or if it could not be. */
    public ReadOnlyObjectProperty<JFreeChart> picture() {
        return picture.getReadOnlyProperty();
    }

    /** What the picture area says while there is no picture; empty when it is shown. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
