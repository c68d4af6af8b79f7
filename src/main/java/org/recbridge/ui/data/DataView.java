package org.recbridge.ui.data;

import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.recbridge.analysis.diagnostics.DomainStats;
import org.recbridge.data.Overlap;
import org.recbridge.ui.common.ChartPane;
import org.recbridge.ui.common.WindowSizes;
import org.recbridge.util.Percent;

/**
 * The data screen: one card per domain (counts and rating histogram) and a table of what each source shares
 * with the target; the view of a {@link DataViewModel}.
 */
public final class DataView extends BorderPane {
    private final DataViewModel vm;
    private final WindowSizes sizes;
    private final FlowPane cards = new FlowPane(12, 12);

    /** {@code sizes}: the initial and remembered sizes of the import and split dialogs. */
    public DataView(DataViewModel vm, WindowSizes sizes) {
        this.sizes = sizes;
        this.vm = vm;
        setTop(toolbar());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(vm.busyProperty());
        working.managedProperty().bind(vm.busyProperty());
        Label split = new Label();
        split.setWrapText(true);
        split.textProperty().bind(vm.splitNoteProperty());
        split.managedProperty().bind(split.textProperty().isNotEmpty());
        Label overlapTitle = heading("What each source shares with the target");
        HBox statusRow = new HBox(8, working, status);
        statusRow.managedProperty().bind(status.textProperty().isNotEmpty().or(vm.busyProperty()));
        statusRow.visibleProperty().bind(statusRow.managedProperty());
        cards.setId("data-cards"); // a lesson's tour points at these
        VBox body = new VBox(12, statusRow, split, cards, overlapTitle, overlapTable());
        body.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        vm.domains().addListener((ListChangeListener<DomainSummary>) c -> rebuildCards());
        rebuildCards();
    }

    private ToolBar toolbar() {
        Button addSource = new Button("Add source…");
        addSource.setId("addSource");
        addSource.setTooltip(new Tooltip("Import another source domain: the data transfer learns from"));
        addSource.setOnAction(e -> vm.prepareImport(DomainSlot.NEW_SOURCE)
                .ifPresent(m -> new ImportDialog(m, window(), sizes).show()));
        Button target = new Button("Replace target…");
        target.setId("replaceTarget");
        target.setTooltip(new Tooltip("Import the target domain: the one with few labels that results are about"));
        target.setOnAction(e -> vm.prepareImport(DomainSlot.TARGET).ifPresent(m -> new ImportDialog(m, window(), sizes).show()));
        Button split = new Button("Split one data set…");
        split.setTooltip(new Tooltip("Split one data set into two domains by an item attribute, e.g. Comedy vs Drama"));
        split.setOnAction(e -> vm.prepareSplit().ifPresent(m -> new SplitDialog(m, window(), sizes).show()));
        return new ToolBar(addSource, target, split);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void rebuildCards() {
        cards.getChildren().clear();
        vm.domains().forEach(d -> cards.getChildren().add(card(d)));
    }

    private Node card(DomainSummary d) {
        Label title = new Label(d.role().substring(0, 1).toUpperCase(Locale.ROOT) + d.role().substring(1) + ": " + d.name());
        title.setStyle("-fx-font-size: 1.08em; -fx-font-weight: bold;");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, title, grow);
        if (d.isSource()) {
            Button remove = new Button("Remove");
            remove.setOnAction(e -> vm.removeSource(d.index()));
            header.getChildren().add(remove);
        }
        Label files = new Label(d.files());
        files.setWrapText(true);
        files.setStyle("-fx-text-fill: #555;");
        VBox card = new VBox(8, header, files);
        if (d.stats() != null) {
            card.getChildren().addAll(counts(d.stats()), histogram(d));
        } else {
            Label problem = new Label(d.problem());
            problem.setWrapText(true);
            problem.setStyle("-fx-text-fill: #b00020;");
            card.getChildren().add(problem);
        }
        card.setPadding(new Insets(10));
        card.setPrefWidth(420);
        card.setStyle("-fx-background-color: white; -fx-border-color: #c8c8c8; -fx-border-radius: 4; "
                + "-fx-background-radius: 4;");
        return card;
    }

    private static Node counts(DomainStats s) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(2);
        String[][] rows = {
            {"Rows", String.format("%,d", s.rows()), "Users", String.format("%,d", s.users())},
            {"Items", String.format("%,d", s.items()), "Density", String.format("%.2f%%", 100 * s.density())},
            {"Per user", String.format("%.1f mean, %.0f median", s.meanPerUser(), s.medianPerUser()), "Like rate",
                s.likeRate() == null ? "no ratings" : Percent.ofShare(s.likeRate())},
        };
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 4; c++) {
                Label l = new Label(rows[r][c]);
                if (c % 2 == 0) {
                    l.setStyle("-fx-text-fill: #555;");
                }
                grid.add(l, c, r);
            }
        }
        return grid;
    }

    private Node histogram(DomainSummary d) {
        RatingHistogramModel chart = vm.histogram(d);
        if (chart == null) {
            return new Label("No ratings (implicit feedback): no histogram.");
        }
        BorderPane pane = new ChartPane("histogram-" + d.name(), chart, vm.exports(), "").root();
        pane.setPrefSize(400, 270);
        pane.setMinHeight(270);
        return pane;
    }

    private Node overlapTable() {
        TableView<Overlap> table = new TableView<>(vm.overlaps());
        table.setId("overlaps");
        table.setPlaceholder(new Label("Shown once the project has a source and a target"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Source → target", o -> o.source() + " → " + o.target()));
        table.getColumns().add(column("Shared users", o -> String.format("%,d of %,d target users (%s)",
                o.sharedUsers(), o.targetUsers(), Percent.of(o.sharedUsers(), o.targetUsers()))));
        table.getColumns().add(column("Shared items", o -> String.format("%,d of %,d target items", o.sharedItems(),
                o.targetItems())));
        table.getColumns().add(column("Shared side features", o -> o.sharedFeatures().isEmpty() ? "none"
                : String.join(", ", o.sharedFeatures())));
        table.setPrefHeight(130);
        table.setTooltip(new Tooltip("Transfer through ids reaches only shared users and items; transfer through "
                + "side features needs features both domains have"));
        return table;
    }

    private static TableColumn<Overlap, String> column(String title, java.util.function.Function<Overlap, String> text) {
        TableColumn<Overlap, String> c = new TableColumn<>(title);
        c.setCellValueFactory(o -> new SimpleStringProperty(text.apply(o.getValue())));
        return c;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 1.08em; -fx-font-weight: bold;");
        return l;
    }
}
