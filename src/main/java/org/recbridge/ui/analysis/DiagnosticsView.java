package org.recbridge.ui.analysis;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.recbridge.ui.common.ChartModel;
import org.recbridge.ui.common.ChartPane;
import org.recbridge.ui.common.HintWording;
import org.recbridge.ui.common.Tables;

/**
 * The Diagnostics screen: Compute, the overlap and proxy A-distance in words, then the rating histograms, the
 * correlation heat map and the feature ranking (with "keep top k"), and the diagnostics' hints beside them.
 */
public final class DiagnosticsView {
    /** The style of a statement a hint pointed at. */
    static final String HIGHLIGHT = "evidence-highlight";
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();

    /** {@code wording}: the hints' form (statistical or plain words), shared by the window's hints panes. */
    public DiagnosticsView(DiagnosticsViewModel model, HintWording wording) {
        Button compute = new Button("Compute diagnostics");
        compute.setId("compute-diagnostics");
        compute.setTooltip(Tables.tooltip("Import the project's data and compare its domains in the background; "
                + "nothing is trained."));
        compute.disableProperty().bind(model.busyProperty());
        compute.setOnAction(e -> model.compute());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(8, compute, working);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label overlap = statement("diagnostics-overlap", model.overlap());
        Label distance = statement("a-distance", model.distance());
        VBox top = new VBox(6, actions, overlap, distance);
        top.setPadding(new Insets(0, 0, 6, 0));

        tab("Rating histograms", "histograms-chart", model, model.histograms(),
                "Rating histograms appear once the diagnostics are computed (explicit ratings only).");
        tab("Correlations", "correlations-chart", model, model.heatMap(), "No side features of this domain "
                + "correlate strongly (|r| ≥ 0.5), or the diagnostics are not computed yet: nothing to map.", new Label("Domain"), combo(model));
        tab("Feature ranking", "ranking-chart", model, model.ranking(), "The feature ranking appears once the "
                + "diagnostics are computed (it needs side features).", keepControls(model));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new HintsPane(model.hints(), model::open, Evidence.DIAGNOSTICS,
                model.diagnostics(), "Hints appear once the diagnostics are computed.", wording).beside(tabs);
        model.openedProperty().addListener((o, a, part) -> show(part, overlap, distance));
        root.setTop(top);
        root.setCenter(split);
        root.setPadding(new Insets(8));
    }

    /** Selects the chart a hint opened, or marks the statement with its number. */
    private void show(DiagnosticsViewModel.Part part, Label overlap, Label distance) {
        overlap.getStyleClass().remove(HIGHLIGHT);
        distance.getStyleClass().remove(HIGHLIGHT);
        if (part == DiagnosticsViewModel.Part.OVERLAP) {
            overlap.getStyleClass().add(HIGHLIGHT);
        } else if (part == DiagnosticsViewModel.Part.DISTANCE) {
            distance.getStyleClass().add(HIGHLIGHT);
        } else if (part != null) {
            tabs.getSelectionModel().select(part == DiagnosticsViewModel.Part.CORRELATIONS ? 1 : 0);
        }
    }

    private static Label statement(String id, ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.managedProperty().bind(l.textProperty().isNotEmpty()); // no gap while there is nothing to state
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    private void tab(String title, String id, DiagnosticsViewModel model, ChartModel chart, String empty,
                     Node... controls) {
        Tab t = new Tab(title, new ChartPane(id, chart, model.exports(), empty, controls).root());
        t.setId(id.replace("-chart", "-tab"));
        tabs.getTabs().add(t);
    }

    private static Node combo(DiagnosticsViewModel model) {
        javafx.scene.control.ComboBox<String> c = new javafx.scene.control.ComboBox<>(model.heatMapDomain().items());
        c.valueProperty().bindBidirectional(model.heatMapDomain().valueProperty());
        return c;
    }

    private static Node keepControls(DiagnosticsViewModel model) {
        Spinner<Integer> k = new Spinner<>(1, 500, model.keep().get());
        k.setId("keep-k");
        k.setEditable(true);
        k.setPrefWidth(80);
        k.getValueFactory().valueProperty().addListener((o, a, b) -> model.keep().set(b));
        model.keep().addListener((o, a, b) -> k.getValueFactory().setValue(b.intValue()));
        Button keep = new Button("Keep top k");
        keep.setId("keep-top-k");
        keep.setTooltip(Tables.tooltip("Write features.topK = k into the project: its next run keeps only the k "
                + "side features ranked best on each seed's target training rows."));
        keep.disableProperty().bind(model.canKeep().not());
        keep.setOnAction(e -> model.keepTopK());
        HBox box = new HBox(6, new Label("k"), k, keep);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    public BorderPane root() {
        return root;
    }
}
