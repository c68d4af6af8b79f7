package org.recbridge.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYDrawableAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A chart whose drawing ends on white keeps its white background when drawn again (it came out black). */
@ExtendWith(ApplicationExtension.class)
class ChartCanvasStateFxTest {
    private ChartViewer viewer;

    @Start
    void start(Stage stage) {
        XYSeries s = new XYSeries("validation");
        for (int i = 0; i < 10; i++) {
            s.add(i, i * 0.1);
        }
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new NumberAxis("epoch"), new NumberAxis("AUC"),
                new XYLineAndShapeRenderer(true, false));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false); // as ChartStyle has it: else the outline is drawn last
        // as the overfitting chart's kept-epoch marker does: a white rim, the last paint of the whole chart
        plot.addAnnotation(new XYDrawableAnnotation(5, 0.5, 12, 12, (g, area) -> {
            g.setPaint(Color.BLUE);
            g.fill(area);
            g.setPaint(Color.WHITE);
            g.draw(area);
        }));
        JFreeChart chart = new JFreeChart("title", plot);
        chart.setBackgroundPaint(Color.WHITE);
        viewer = new ChartViewer(chart, false);
        ChartCanvasState.keepInStep(viewer);
        stage.setScene(new Scene(viewer, 500, 350));
        stage.show();
    }

    @Test
    void theBackgroundStaysWhiteOverRedraws(FxRobot robot) {
        for (int draw = 0; draw < 3; draw++) {
            robot.interact(() -> viewer.getCanvas().draw());
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> shot[0] = viewer.getCanvas().snapshot(null, null));
            // the chart's corner, outside the plot: the chart's own background
            assertEquals(javafx.scene.paint.Color.WHITE, shot[0].getPixelReader().getColor(3, 3), "draw " + draw);
        }
    }
}
