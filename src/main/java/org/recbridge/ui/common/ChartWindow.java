package org.recbridge.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A screen's chart in a window of its own, to show it large on a projector or beside the workbench. It follows
 * the screen's chart as its choices change, and closes when the screen has no chart left. F11 toggles full screen,
 * Escape closes it.
 */
final class ChartWindow {
    private ChartWindow() {
    }

    static Stage open(Window owner, ChartModel model) {
        ChartViewer viewer = new ChartViewer(model.chartProperty().get(), false);
        viewer.setId("chart-window-viewer");
        ChartCanvasState.keepInStep(viewer);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("RecBridge — " + model.fileName());
        ChangeListener<JFreeChart> follow = (o, a, b) -> {
            if (b == null) {
                stage.close();
            } else {
                viewer.setChart(b);
                stage.setTitle("RecBridge — " + model.fileName());
            }
        };
        model.chartProperty().addListener(follow);
        stage.setOnHidden(e -> model.chartProperty().removeListener(follow));
        Scene scene = new Scene(new StackPane(viewer), 1000, 620);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
            } else if (e.getCode() == KeyCode.ESCAPE && !stage.isFullScreen()) {
                stage.close(); // in full screen Escape leaves full screen first, as JavaFX does
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
