package org.recbridge.ui.results;

import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.recbridge.ui.common.Help;
import org.recbridge.ui.common.HintWording;
import org.recbridge.ui.common.ChartPane;
import org.recbridge.ui.common.ControlRow;
import org.recbridge.ui.common.Tables;

/**
 * The Results screen: the filterable results table on top; below, the comparison chart beside the
 * comparisons, training table, hints and notes.
 */
public final class ResultsView {
    /** The results table's share of the screen's height, the chart's and details' below it. */
    private static final double TABLE_SHARE = 0.42;

    private static final String EXPORT_MODEL_HELP = "Write the selected row's model as a folder that predict and "
            + "Apply model to data… read: the run is trained again (its seed with the best validation value) and "
            + "checked against the recorded metrics first.";
    private final BorderPane root = new BorderPane();

    /** {@code wording}: the hints' form (statistical or plain words), shared by the window's hints panes. */
    public ResultsView(ResultsViewModel model, HintWording wording) {
        Label heading = new Label();
        heading.textProperty().bind(model.heading());
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);

        ResultsTableView table = new ResultsTableView(model);
        TextField filter = new TextField();
        filter.setId("results-filter");
        filter.setPromptText("Filter: strategy, learner, users, verdict…");
        filter.setPrefColumnCount(24);
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        ComboBox<String> group = combo(model.groupChoices(), "Show one user group. " + Help.USER_GROUPS);
        group.valueProperty().bindBidirectional(model.groupFilterProperty());
        ComboBox<String> learner = combo(model.learnerChoices(), "Show one learner.");
        learner.valueProperty().bindBidirectional(model.learnerFilterProperty());
        Button export = new Button("Export table…");
        export.setTooltip(Tables.tooltip("Write the rows shown, in their order, to a CSV file: each metric's mean "
                + "and 95% interval bounds, the verdict and the negative-transfer flag."));
        export.disableProperty().bind(model.hasResults().not());
        export.setOnAction(e -> model.exportTable(table.visibleRows()));
        Button report = new Button("Export report…");
        report.setId("export-report");
        report.setTooltip(Tables.tooltip("Write a self-contained HTML report that opens in any browser without a "
                + "network: settings, data and diagnostics, results with intervals and verdicts, comparisons, every "
                + "chart as SVG, the training table and the hints."));
        report.disableProperty().bind(model.hasResults().not());
        report.setOnAction(e -> model.exportReport());
        Button exportModel = new Button("Export model…");
        exportModel.setId("export-model");
        exportModel.setTooltip(Tables.tooltip(EXPORT_MODEL_HELP));
        exportModel.disableProperty().bind(model.canExportModel().not());
        exportModel.setOnAction(e -> model.exportModel());
        model.selectedRowProperty().bind(table.table().getSelectionModel().selectedItemProperty());
        MenuItem exportModelItem = new MenuItem("Export model…");
        exportModelItem.setId("export-model-item");
        exportModelItem.disableProperty().bind(model.canExportModel().not());
        exportModelItem.setOnAction(e -> model.exportModel());
        table.table().setContextMenu(new ContextMenu(exportModelItem));
        FlowPane filters = ControlRow.of(filter, group, learner, export, report, exportModel);
        VBox top = new VBox(6, heading, filters, table.table());
        VBox.setVgrow(table.table(), Priority.ALWAYS);

        TabPane details = new TabPane(
                tab("Comparisons", DetailTables.comparisons(model)),
                tab("Hints", DetailTables.hints(model, wording)),
                tab("Training", DetailTables.training(model)),
                tab("Notes", DetailTables.notes(model)));
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane bottom = new SplitPane(chartPane(model), details);
        bottom.setDividerPositions(0.55);
        SplitPane all = new SplitPane(top, bottom);
        all.setOrientation(Orientation.VERTICAL);
        all.setDividerPositions(TABLE_SHARE);
        // the first layout of a screen not yet shown (a window opening zoomed, on this screen) moves the divider
        // to where the halves' sizes at that moment put it: put it back once the screen has its real height
        all.heightProperty().addListener(new ChangeListener<Number>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number was, Number height) {
                if (height.doubleValue() > 0) {
                    all.heightProperty().removeListener(this);
                    Platform.runLater(() -> all.setDividerPositions(TABLE_SHARE));
                }
            }
        });
        root.setCenter(all);
        root.setPadding(new Insets(8));
    }

    private static BorderPane chartPane(ResultsViewModel model) {
        ComboBox<ResultsViewModel.ChartKind> kind = combo(FXCollections.observableArrayList(
                ResultsViewModel.ChartKind.values()), "Differences: each strategy's mean difference from the baseline "
                + "with its interval, best first (the main metric). Values: bars of one metric per user group.");
        kind.setId("chart-kind");
        kind.valueProperty().bindBidirectional(model.chartKindProperty());
        ComboBox<String> metric = combo(model.metrics(), "The metric the bars show.");
        metric.setId("chart-metric");
        metric.valueProperty().bindBidirectional(model.chartMetricProperty());
        BooleanBinding bars = model.chartKindProperty().isEqualTo(ResultsViewModel.ChartKind.VALUES);
        metric.visibleProperty().bind(bars);
        metric.managedProperty().bind(bars);
        ComboBox<String> learner = combo(model.learners(), "The learner the chart shows.");
        learner.valueProperty().bindBidirectional(model.chartLearnerProperty());
        CheckBox fromZero = new CheckBox("axis from 0");
        fromZero.setId("bars-from-zero");
        fromZero.setTooltip(Tables.tooltip("On: the value axis starts at 0, so bar lengths compare. Off: it spans "
                + "the data, so differences of 0.01 show; compare the bars' ends, not their lengths."));
        fromZero.selectedProperty().bindBidirectional(model.barsFromZeroProperty());
        fromZero.visibleProperty().bind(bars);
        fromZero.managedProperty().bind(bars);
        return new ChartPane("comparison-chart", model, model.exports(), "The chart appears once there are results.",
                new Label("Chart:"), kind, learner, metric, fromZero).root();
    }

    private static <T> ComboBox<T> combo(ObservableList<T> items, String help) {
        ComboBox<T> c = new ComboBox<>(items);
        c.setTooltip(Tables.tooltip(help));
        return c;
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId(title.toLowerCase(Locale.ROOT) + "-tab");
        return t;
    }

    public BorderPane root() {
        return root;
    }
}
