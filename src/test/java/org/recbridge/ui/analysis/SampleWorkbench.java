package org.recbridge.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.general.DatasetUtils;
import org.recbridge.analysis.hints.Hint;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.ui.WindowFixture;
import org.recbridge.ui.Workbench;
import org.recbridge.ui.common.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole workbench in a test stage, a sample project opened through its own sample list and run by its Run
 * screen, and the checks the sample tests share: a tab selected, its chart on screen with data in it.
 */
final class SampleWorkbench {
    private final WindowFixture window;
    final RecordingDialogService dialogs;
    final Workbench workbench;

    /** {@code dir}: the test's temporary folder. */
    SampleWorkbench(Stage stage, Path dir) {
        window = new WindowFixture(stage, dir);
        dialogs = window.dialogs;
        workbench = window.workbench;
    }

    void close() throws Exception {
        window.close();
    }

    /** Opens {@code sample} (its folder name) as File ▸ Sample Projects does. */
    void open(FxRobot robot, String sample) throws Exception {
        Path file = workbench.project().sampleProjects().stream()
                .filter(p -> p.getParent().getFileName().toString().equals(sample)).findFirst()
                .orElseThrow(() -> new AssertionError(sample + " not among " + workbench.project().sampleProjects()));
        robot.interact(() -> workbench.project().open(file));
        waitUntil(120, () -> file.equals(workbench.document().pathProperty().get())
                && !workbench.project().openingProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    /** Runs the open project from the Run screen and waits for its results. */
    ExperimentResults run(FxRobot robot) throws Exception {
        ExperimentResults before = workbench.document().resultsProperty().get();
        robot.interact(() -> workbench.run().run());
        // the results are handed over just after the run stops running: wait for both, or for an error
        waitUntil(900, () -> !dialogs.errors.isEmpty() || !workbench.run().runningProperty().get()
                && workbench.document().resultsProperty().get() != before);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        ExperimentResults results = workbench.document().resultsProperty().get();
        assertNotNull(results, "the run gave results: " + workbench.run().log());
        WaitForAsyncUtils.waitForFxEvents();
        return results;
    }

    /** Selects the main window's screen {@code title}. */
    void screen(FxRobot robot, String title) {
        select(robot, t -> title.equals(t.getText()));
    }

    /** Selects the tab {@code tabId} (of any screen's tab pane; its screen must be showing). */
    void tab(FxRobot robot, String tabId) {
        select(robot, t -> tabId.equals(t.getId()));
    }

    /** The chart viewer {@code id}, which must be on screen and show a chart with data. */
    JFreeChart chartShown(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer viewer = robot.lookup("#" + id).queryAs(ChartViewer.class);
        assertNotNull(viewer.getScene(), id + " is on screen");
        assertTrue(viewer.isVisible(), id + " is visible");
        JFreeChart chart = viewer.getChart();
        assertNotNull(chart, id);
        assertTrue(hasValues(chart), id + " has data");
        return chart;
    }

    /** Clicks the first hint of {@code rule} in the hints list {@code listId}, scrolled into view; returns it. */
    static PlacedHint clickHint(FxRobot robot, String listId, String rule) {
        return click(robot, listId, (PlacedHint h) -> h.hint().rule().equals(rule));
    }

    /** Clicks the first hint {@code which} accepts in the Results screen's own Hints list; returns it. */
    static Hint clickResultsHint(FxRobot robot, Predicate<Hint> which) {
        return click(robot, "hints-list", which);
    }

    private static <T> T click(FxRobot robot, String listId, Predicate<T> which) {
        @SuppressWarnings("unchecked")
        ListView<T> list = robot.lookup("#" + listId).queryAs(ListView.class);
        T item = list.getItems().stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such hint in " + list.getItems()));
        robot.interact(() -> list.scrollTo(item));
        robot.clickOn(robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() == item).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        return item;
    }

    private static void select(FxRobot robot, Predicate<Tab> which) {
        Tab tab = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().flatMap(p -> p.getTabs().stream())
                .filter(which).findFirst().orElseThrow(() -> new AssertionError("no such tab"));
        robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static boolean hasValues(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDatasetCount(); i++) {
                if (xy.getDataset(i) != null && !DatasetUtils.isEmptyOrNull(xy.getDataset(i))) {
                    return true;
                }
            }
            return false;
        }
        return !DatasetUtils.isEmptyOrNull(chart.getCategoryPlot().getDataset());
    }

    static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
