package org.recbridge.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.ui.WindowFixture;
import org.recbridge.ui.Workbench;
import org.recbridge.ui.project.SampleProjects;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode and the zoom keys scale a table's text and a chart's fonts and lines in the real window. */
@ExtendWith(ApplicationExtension.class)
class PresentationFxTest {
    @TempDir
    Path dir;
    private WindowFixture window;
    private Workbench workbench;
    private Stage stage;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new WindowFixture(stage, dir);
        workbench = window.workbench;
        prefs = window.prefs;
        workbench.project().openAtStart(SampleProjects.defaultProject().orElseThrow());
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    @Test
    void presentationModeScalesTablesAndCharts(FxRobot robot) throws Exception {
        // the Data screen: the overlap table, and a rating histogram per domain once the data are summarised
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof ChartViewer).tryQuery().isPresent()
                && !robot.lookup(".table-view").queryAllAs(TableView.class).stream()
                        .allMatch(t -> t.getItems().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup(".table-view").queryAllAs(TableView.class).stream()
                .filter(t -> !t.getItems().isEmpty()).findFirst().orElseThrow();
        ChartViewer viewer = robot.lookup((Node n) -> n instanceof ChartViewer).queryAs(ChartViewer.class);
        double cell = cellFont(robot, table);
        float title = titleFont(viewer.getChart());
        float line = lineWidth(viewer.getChart());

        // View ▸ Presentation Mode, as the menu's click does (a popup opening late on a loaded machine is not tested)
        robot.interact(() -> {
            javafx.scene.control.CheckMenuItem item = (javafx.scene.control.CheckMenuItem) robot.lookup(".menu-bar")
                    .queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                    .filter(m -> "view-menu".equals(m.getId())).findFirst().orElseThrow().getItems().stream()
                    .filter(i -> "presentation-item".equals(i.getId())).findFirst().orElseThrow();
            item.setSelected(true);
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.5, workbench.zoom().scaleProperty().get(), 1e-9);
        settled(() -> Math.abs(cellFont(robot, table) / cell - 1.5) < 0.02); // CSS is applied on the next pulse
        assertEquals(1.5, cellFont(robot, table) / cell, 0.02, "table text");
        assertEquals(1.5, titleFont(viewer.getChart()) / title, 0.02, "chart title");
        assertEquals(1.5, lineWidth(viewer.getChart()) / line, 0.02, "chart lines thicken");

        robot.interact(() -> stage.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, workbench.zoom().scaleProperty().get(), 1e-9, "Ctrl+0");
        settled(() -> Math.abs(cellFont(robot, table) / cell - 1) < 0.02);
        assertEquals(1.0, cellFont(robot, table) / cell, 0.02);
        assertEquals(1.0, titleFont(viewer.getChart()) / title, 0.02);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        settled(() -> Math.abs(cellFont(robot, table) / cell - 1.1) < 0.02);
        assertEquals(1.1, titleFont(viewer.getChart()) / title, 0.02, "Ctrl+=");
        assertTrue(prefs.getDouble("zoom", 0) > 1.05, "remembered");
    }

    /** Waits for the window to show the zoom (fails the test with the assertion after it if it never does). */
    private static void settled(java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion that follows says what was shown instead
        }
    }

    private static double cellFont(FxRobot robot, TableView<?> table) {
        // a cell in use: the table keeps spare cells aside, which CSS leaves as they were
        TableCell<?, ?> cell = robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getTableRow() != null && c.getTableRow().isVisible()
                        && c.getScene() != null)
                .findFirst().orElseThrow();
        return cell.getFont().getSize();
    }

    private static float titleFont(JFreeChart chart) {
        return ((TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).getFont().getSize2D();
    }

    private static float lineWidth(JFreeChart chart) {
        CategoryPlot plot = chart.getCategoryPlot();
        return ((BasicStroke) plot.getRangeGridlineStroke()).getLineWidth();
    }
}
