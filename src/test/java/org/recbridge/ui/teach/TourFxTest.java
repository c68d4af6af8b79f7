package org.recbridge.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import javafx.scene.control.Button;
import org.jfree.chart.fx.ChartViewer;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.recbridge.lesson.Highlight;
import org.recbridge.lesson.Lesson;
import org.recbridge.lesson.LessonCatalogue;
import org.recbridge.ui.WindowFixture;
import org.recbridge.ui.project.SampleProjects;
import org.recbridge.ui.TinyProjects;
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
    private WindowFixture ui;

    @Start
    void start(Stage stage) {
        ui = new WindowFixture(stage, dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        ui.close();
    }

    @Test
    void stepsThroughTheThreeStagesLessonFromStartToEnd(FxRobot robot) throws Exception {
        robot.interact(() -> ui.workbench.lessons());
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
        waitUntil(120, () -> ui.workbench.document().pathProperty().get() != null
                && ui.workbench.document().pathProperty().get().toString().contains("fine-tuning")
                && !ui.workbench.project().openingProperty().get());
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());
        // small enough to run in a test: two strategies, one learner, two seeds
        robot.interact(() -> ui.workbench.document().edit(TinyProjects::shrink));
        Lesson lesson = ui.workbench.tour().lesson();
        assertEquals(7, lesson.steps().size());
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);

        step(robot, 0, "Two domains");
        press(robot, "#tour-do");
        assertEquals("data-tab", tabs.getSelectionModel().getSelectedItem().getId());
        assertOutlined(robot, "data-cards");

        next(robot, 1, "Source and target");
        press(robot, "#tour-do");
        // the concept card: its text at once, its picture drawn from the lesson's data in the background
        Stage concepts = window("Concepts").orElseThrow(() -> new AssertionError("Help ▸ Concepts is open"));
        assertEquals("Source and target", ((Label) concepts.getScene().lookup("#concept-title")).getText());
        assertTrue(((Label) concepts.getScene().lookup("#concept-text")).getText().startsWith("The source is the "
                + "domain"));
        ChartViewer picture = (ChartViewer) concepts.getScene().lookup("#concept-picture");
        waitUntil(120, () -> picture.isVisible() && picture.getChart() != null);
        assertEquals(java.util.List.of("movies", "books"), ((org.jfree.chart.plot.CategoryPlot) picture.getChart()
                .getPlot()).getDataset().getRowKeys(), "the domains' rating histograms");
        robot.interact(concepts::hide);
        assertOutlined(robot, "overlaps");

        next(robot, 2, "Stage 1 and 2: pre-train, then fine-tune");
        press(robot, "#tour-do");
        assertEquals("experiment-tab", tabs.getSelectionModel().getSelectedItem().getId());

        next(robot, 3, "Run");
        press(robot, "#tour-do");
        assertEquals("run-tab", tabs.getSelectionModel().getSelectedItem().getId());
        waitUntil(300, () -> ui.workbench.document().resultsProperty().get() != null);
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());

        // closed and resumed where it was left
        press(robot, "#tour-close");
        assertFalse(robot.lookup("#tour-panel").tryQuery().isPresent());
        robot.interact(() -> ui.workbench.openLesson(lesson));
        step(robot, 3, "Run");

        next(robot, 4, "Stage 3: test on new data");
        press(robot, "#tour-do");
        assertEquals("results-tab", tabs.getSelectionModel().getSelectedItem().getId());
        assertOutlined(robot, "results-table");

        next(robot, 5, "Did transfer pay?");
        assertFalse(robot.lookup("#tour-do").query().isVisible(), "a step that only explains has no button");
        assertOutlined(robot, "comparison-chart-pane");

        next(robot, 6, "Use the model");
        assertTrue(robot.lookup("#tour-next").query().isDisabled(), "the last step");
        ui.dialogs.fileAnswers.add(Optional.of(dir.resolve("model")));
        press(robot, "#tour-do");
        waitUntil(300, () -> dir.resolve("model").toFile().isDirectory() && window("Apply").isPresent());
        // Apply Model opens with the exported model and the lesson's book ratings read, ready to score
        Stage apply = window("Apply").orElseThrow();
        Button score = (Button) apply.getScene().lookup("#applyScore");
        waitUntil(120, () -> !score.isDisabled());
        String modelDir = ((TextField) apply.getScene().lookup("#applyModelDir")).getText();
        assertTrue(modelDir.startsWith(dir.resolve("model").toString()), "the exported model: " + modelDir);
        String data = ((TextField) apply.getScene().lookup("#applyDataFile")).getText();
        assertTrue(data.endsWith("target-ratings.csv"), "the lesson's book ratings: " + data);
        robot.interact(score::fire);
        TableView<?> scores = (TableView<?>) apply.getScene().lookup("#scores");
        waitUntil(120, () -> !scores.getItems().isEmpty());
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());
        robot.interact(apply::close); // left open, it would take the keys of the next window test in this JVM
    }

    /**
     * Every control a shipped lesson's step talks about is in the window: each highlight of each step of each lesson
     * outlines exactly one node (an id missing from its screen outlined nothing before).
     */
    @Test
    void everyLessonsHighlightsOutlineAControl(FxRobot robot) {
        LessonCatalogue catalogue = LessonCatalogue.of(SampleProjects.folder().orElseThrow());
        assertTrue(catalogue.problems().isEmpty(), catalogue.problems().toString());
        assertTrue(catalogue.lessons().size() >= 8, "lessons: " + catalogue.lessons().size());
        int checked = 0;
        for (Lesson lesson : catalogue.lessons()) {
            for (int i = 0; i < lesson.steps().size(); i++) {
                Highlight h = lesson.steps().get(i).highlight();
                if (h == null) {
                    continue;
                }
                robot.interact(() -> ui.workbench.tourActions().highlight(h));
                long outlined = robot.lookup(n -> n.getStyleClass().contains("tour-highlight")).queryAll().size();
                assertEquals(1, outlined, lesson.id() + " step " + (i + 1) + " highlights " + h);
                checked++;
            }
        }
        robot.interact(() -> ui.workbench.tourActions().highlight(null));
        assertEquals(0, robot.lookup(n -> n.getStyleClass().contains("tour-highlight")).queryAll().size());
        assertTrue(checked >= 40, "highlights checked: " + checked);
    }

    /** The showing window whose title starts with {@code title}. */
    private static Optional<Stage> window(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith(title)).map(w -> (Stage) w).findFirst();
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
        Node n = ui.stage.getScene().lookup("#" + id);
        assertNotNull(n, id);
        assertTrue(n.getStyleClass().contains("tour-highlight"), id + " is outlined");
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
