package org.recbridge.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.lesson.Lesson;
import org.recbridge.ui.TinyProjects;
import org.recbridge.ui.Workbench;
import org.recbridge.ui.common.FxJobService;
import org.recbridge.ui.common.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start page and one lesson's tour stepped through from start to end in the real window, each step's button
 * pressed and its action checked: the tab it opens, the concept card, the run finished, the model exported and
 * Apply Model open; the control each step talks about outlined; closed and resumed where it was left.
 */
@ExtendWith(ApplicationExtension.class)
class TourFxTest {
    @TempDir
    Path dir;
    private Workbench workbench;
    private FxJobService jobs;
    private Preferences prefs;
    private Stage stage;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefs = Preferences.userRoot().node("org/recbridge/test/" + UUID.randomUUID());
        jobs = new FxJobService();
        workbench = new Workbench(stage, jobs, prefs, dialogs, dir.resolve("recovery"));
        workbench.show();
        stage.requestFocus();
    }

    @AfterEach
    void tearDown() throws Exception {
        jobs.shutdown();
        prefs.removeNode();
    }

    @Test
    void stepsThroughTheThreeStagesLessonFromStartToEnd(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.lessons());
        Node open = robot.lookup("#lesson-fine-tuning").query();
        assertNotNull(open, "the start page lists the lesson");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        for (Node b : robot.lookup(n -> n.getId() != null && n.getId().startsWith("lesson-")).queryAll()) {
            double[] widths = new double[2];
            robot.interact(() -> {
                widths[0] = ((javafx.scene.layout.Region) b).getWidth();
                widths[1] = b.prefWidth(-1);
            });
            assertTrue(widths[0] >= widths[1] - 0.5, b.getId() + "'s Open button is squeezed: " + widths[0]
                    + " of " + widths[1]);
        }
        robot.interact(() -> ((javafx.scene.control.Button) open).fire());
        waitUntil(120, () -> workbench.document().pathProperty().get() != null
                && workbench.document().pathProperty().get().toString().contains("fine-tuning")
                && !workbench.project().openingProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        // small enough to run in a test: two strategies, one learner, two seeds
        robot.interact(() -> workbench.document().edit(TinyProjects::shrink));
        Lesson lesson = workbench.tour().lesson();
        assertEquals(7, lesson.steps().size());
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);

        step(robot, 0, "Two domains");
        press(robot, "#tour-do");
        assertEquals("data-tab", tabs.getSelectionModel().getSelectedItem().getId());
        assertOutlined(robot, "data-cards");

        next(robot, 1, "Source and target");
        press(robot, "#tour-do");
        assertEquals(1, dialogs.informations.size(), dialogs.informations.toString());
        assertTrue(dialogs.informations.get(0).startsWith("Source and target: The source is the domain"),
                "the concept card: " + dialogs.informations);
        assertOutlined(robot, "overlaps");

        next(robot, 2, "Stage 1 and 2: pre-train, then fine-tune");
        press(robot, "#tour-do");
        assertEquals("experiment-tab", tabs.getSelectionModel().getSelectedItem().getId());

        next(robot, 3, "Run");
        press(robot, "#tour-do");
        assertEquals("run-tab", tabs.getSelectionModel().getSelectedItem().getId());
        waitUntil(300, () -> workbench.document().resultsProperty().get() != null);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

        // closed and resumed where it was left
        press(robot, "#tour-close");
        assertFalse(robot.lookup("#tour-panel").tryQuery().isPresent());
        robot.interact(() -> workbench.openLesson(lesson));
        step(robot, 3, "Run");

        next(robot, 4, "Stage 3: test on new data");
        press(robot, "#tour-do");
        assertEquals("results-tab", tabs.getSelectionModel().getSelectedItem().getId());
        assertOutlined(robot, "results-table");

        next(robot, 5, "Did transfer pay?");
        assertFalse(robot.lookup("#tour-do").query().isVisible(), "a step that only explains has no button");
        assertOutlined(robot, "comparison-chart");

        next(robot, 6, "Use the model");
        assertTrue(robot.lookup("#tour-next").query().isDisabled(), "the last step");
        dialogs.fileAnswers.add(Optional.of(dir.resolve("model")));
        press(robot, "#tour-do");
        waitUntil(300, () -> dir.resolve("model").toFile().isDirectory() && jobs.runningTasks().isEmpty());
        assertTrue(Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith("Apply")), "Apply Model is open");
    }

    /** Presses a button as a click does (a click's mouse move can time out while a loaded machine lags). */
    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    private void next(FxRobot robot, int index, String title) {
        press(robot, "#tour-next");
        step(robot, index, title);
    }

    private static void step(FxRobot robot, int index, String title) {
        assertEquals("Step " + (index + 1) + " of 7", robot.lookup("#tour-position").queryAs(Label.class).getText());
        assertEquals(title, robot.lookup("#tour-title").queryAs(Label.class).getText());
    }

    private void assertOutlined(FxRobot robot, String id) {
        Node n = stage.getScene().lookup("#" + id);
        assertNotNull(n, id);
        assertTrue(n.getStyleClass().contains("tour-highlight"), id + " is outlined");
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
