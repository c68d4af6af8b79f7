package org.recbridge.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A screen's chart opens in a window of its own that follows the screen's choices and closes with Escape. */
@ExtendWith(ApplicationExtension.class)
class ChartWindowFxTest {
    private final SimpleObjectProperty<JFreeChart> chart = new SimpleObjectProperty<>(chart("first"));
    private final ChartModel model = new ChartModel() {
        @Override
        public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
            return chart;
        }

        @Override
        public JFreeChart freshChart() {
            return chart(chart.get().getTitle().getText());
        }

        @Override
        public String fileName() {
            return "differences-" + chart.get().getTitle().getText();
        }
    };

    private static JFreeChart chart(String title) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(0.7, "AUC", "pooled");
        data.addValue(0.6, "AUC", "target-only");
        return ChartFactory.createBarChart(title, "strategy", "AUC", data);
    }

    private final RecordingDialogService dialogs = new RecordingDialogService();
    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        ComboBox<String> choice = new ComboBox<>();
        ChartPane pane = new ChartPane("test-chart", model, new ChartExports(dialogs, new SynchronousJobService(),
                () -> dir), "no chart yet", choice);
        // a narrow pane at a large text size: the controls wrap rather than shrink to "..."
        pane.root().setStyle("-fx-font-size: 20px;");
        stage.setScene(new Scene(pane.root(), 360, 300));
        stage.show();
    }

    private static List<Stage> chartWindows() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("RecBridge — differences")).map(w -> (Stage) w).collect(Collectors.toList());
    }

    @Test
    void theChartOpensInItsOwnWindowFollowsTheScreenAndClosesWithEscape(FxRobot robot) throws Exception {
        javafx.scene.control.MenuButton export = robot.lookup("#test-chart-export").queryAs(javafx.scene.control.MenuButton.class);
        assertEquals(List.of("PNG image (1200 × 700)…", "SVG drawing, which scales without blurring…",
                "Copy as an image (1200 × 700)"), export.getItems().stream().map(i -> i.getText()).toList());
        Path svg = dir.resolve("chart.svg");
        dialogs.fileAnswers.add(java.util.Optional.of(svg));
        robot.interact(() -> export.getItems().get(1).fire());
        assertTrue(java.nio.file.Files.readString(svg).contains("<svg"), "the SVG item exports through the dialogs");
        Button window = robot.lookup("#test-chart-window").queryButton();
        assertTrue(window.getWidth() >= window.prefWidth(-1) - 0.5, "the button keeps its whole label: "
                + window.getWidth() + " of " + window.prefWidth(-1));
        robot.clickOn(window);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, chartWindows().size());
        Stage opened = chartWindows().get(0);
        ChartViewer viewer = (ChartViewer) opened.getScene().lookup("#chart-window-viewer");
        assertSame(chart.get(), viewer.getChart());
        assertEquals("RecBridge — differences-first", opened.getTitle());

        JFreeChart second = chart("second");
        robot.interact(() -> chart.set(second));
        assertSame(second, viewer.getChart(), "follows the screen's chart");
        assertEquals("RecBridge — differences-second", opened.getTitle());

        robot.interact(opened::requestFocus);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(opened.isShowing(), "Escape closes it");
        robot.interact(() -> chart.set(chart("third")));
        assertSame(second, viewer.getChart(), "a closed window no longer follows");

        // a window left open closes when the screen has no chart left
        robot.clickOn(window);
        WaitForAsyncUtils.waitForFxEvents();
        Stage again = chartWindows().get(0);
        assertTrue(again.isShowing());
        robot.interact(() -> chart.set(null));
        assertFalse(again.isShowing());
    }
}
