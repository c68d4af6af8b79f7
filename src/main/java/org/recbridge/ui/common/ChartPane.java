package org.recbridge.ui.common;

import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.recbridge.chart.ChartExport;
import org.recbridge.chart.ChartZoom;

/**
 * A chart with its own controls on top (choices given by the screen, then Export and Window), or a sentence
 * saying why there is no chart yet. ChartViewer's own menu is off: it would open file choosers itself.
 */
public final class ChartPane {
    private final BorderPane root = new BorderPane();

    /**
     * {@code id}: the chart viewer's node id (the pane's is {@code id-pane}, there with or without a chart, for a
     * lesson's tour to outline); {@code empty}: what to say while there is no chart.
     */
    public ChartPane(String id, ChartModel model, ChartExports exports, String empty, Node... controls) {
        MenuItem png = new MenuItem("PNG image (1200 × 700)…");
        png.setOnAction(e -> exports.png(model));
        MenuItem svg = new MenuItem("SVG drawing, which scales without blurring…");
        svg.setOnAction(e -> exports.svg(model));
        MenuItem copy = new MenuItem("Copy as an image (1200 × 700)");
        copy.setOnAction(e -> copy(model));
        // one menu, not three buttons: in presentation mode beside a lesson's steps the row has room for it
        MenuButton export = new MenuButton("Export", null, png, svg, copy);
        export.setId(id + "-export");
        export.setTooltip(Tables.tooltip("Export the chart as a PNG image or an SVG drawing, or copy it."));
        export.disableProperty().bind(model.chartProperty().isNull());
        Button window = new Button("Window");
        window.setId(id + "-window");
        window.setTooltip(Tables.tooltip("Show the chart in a window of its own, to enlarge it on a projector (F11: "
                + "full screen, Escape: close); it follows the choices made here."));
        window.disableProperty().bind(model.chartProperty().isNull());
        window.setOnAction(e -> ChartWindow.open(window.getScene().getWindow(), model));
        Node[] all = java.util.Arrays.copyOf(controls, controls.length + 2);
        all[controls.length] = export;
        all[controls.length + 1] = window;
        FlowPane bar = ControlRow.of(all);
        bar.setPadding(new Insets(4));

        ChartViewer viewer = new ChartViewer(model.chartProperty().get(), false);
        viewer.setId(id);
        ChartCanvasState.keepInStep(viewer);
        // the window's zoom reaches the chart through the text size CSS gives the pane's Export menu
        model.chartProperty().addListener((o, a, b) -> {
            if (b != null) { // ChartViewer refuses null; without a chart the pane shows a label instead
                ChartZoom.apply(b, zoom(export));
                viewer.setChart(b);
            }
        });
        export.fontProperty().addListener((o, a, b) -> {
            if (model.chartProperty().get() != null) {
                ChartZoom.apply(model.chartProperty().get(), zoom(export));
            }
        });
        Label none = new Label(empty);
        none.setWrapText(true);
        none.setPadding(new Insets(12));
        root.setId(id + "-pane");
        root.getStyleClass().add("chart-pane");
        root.setTop(bar);
        root.centerProperty().bind(Bindings.when(model.chartProperty().isNull()).then((Node) none).otherwise(viewer));
    }

    /** The zoom the window's text is shown at: a control's CSS font against the default one. */
    private static double zoom(Labeled label) {
        return label.getFont().getSize() / Font.getDefault().getSize();
    }

    /** Drawing one chart takes a few tens of milliseconds: done here, as the clipboard belongs to the FX thread. */
    private static void copy(ChartModel model) {
        JFreeChart chart = model.freshChart();
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(chart.createBufferedImage(ChartExport.WIDTH, ChartExport.HEIGHT),
                null));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    public BorderPane root() {
        return root;
    }
}
