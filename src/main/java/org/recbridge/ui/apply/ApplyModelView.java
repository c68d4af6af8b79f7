package org.recbridge.ui.apply;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.recbridge.ui.common.Tables;
import org.recbridge.ui.common.WindowSizes;
import org.recbridge.ui.data.ColumnRolesPane;
import org.recbridge.ui.data.ImportViewModel;

/**
 * The "Apply model to data" window: the model folder and the data file with how to read it on top, the columns
 * and their roles on the left, the scores and the top-K lists on the right, the metrics and any error below.
 */
public final class ApplyModelView {
    private final Stage stage = new Stage();

    /** Shows its inputs with their labels whole, the roles and a page of scores at 1280x720. */
    static final WindowSizes.Size SIZE = new WindowSizes.Size("apply", 1150, 800, 760, 520);

    public ApplyModelView(ApplyModelViewModel vm, Window owner, WindowSizes sizes) {
        stage.initOwner(owner);
        stage.setTitle("Apply a model to data");
        SplitPane middle = new SplitPane(ColumnRolesPane.create(vm.columns(), vm::setRole), results(vm));
        middle.setDividerPositions(0.28);
        VBox box = new VBox(10, inputs(vm), middle, footer(vm));
        VBox.setVgrow(middle, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        Scene scene = new Scene(box);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        sizes.sizeSecondary(stage, SIZE);
    }

    private static Node inputs(ApplyModelViewModel vm) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Button model = button("Choose…", "chooseModel", vm::chooseModel);
        Label about = new Label();
        about.setId("modelDescription");
        about.textProperty().bind(vm.modelDescriptionProperty());
        about.setWrapText(true);
        about.managedProperty().bind(about.textProperty().isNotEmpty());
        // the model's description on a line of its own: beside the path it squeezed the labels to "Model fol…"
        // and the button to "Choos…"
        grid.getColumnConstraints().setAll(whole(), grows(), whole());
        grid.addRow(0, new Label("Model folder"), pathField(vm.modelDirProperty(), "applyModelDir",
                "a folder written by Export model… or run --export-models"), model);
        grid.add(about, 1, 1, 2, 1);
        Button data = button("Choose…", "chooseData", vm::chooseData);
        grid.addRow(2, new Label("Data file"), pathField(vm.dataFileProperty(), "applyDataFile",
                "(user, item) pairs in any format the Data screen imports; a rating column gives metrics"), data);
        ComboBox<String> format = new ComboBox<>();
        format.getItems().setAll(ImportViewModel.FORMATS);
        format.valueProperty().bindBidirectional(vm.formatProperty());
        format.setTooltip(Tables.tooltip("auto detects the format from the file name and first lines; choose one to "
                + "force it"));
        CheckBox skip = new CheckBox("Skip malformed rows (and count them) instead of stopping at the first");
        skip.setId("applySkipBadRows");
        skip.selectedProperty().bindBidirectional(vm.skipBadRowsProperty());
        grid.addRow(3, new Label("Format"), new HBox(16, format, skip));
        return grid;
    }

    /** A column as wide as its widest label or button, never narrower. */
    private static ColumnConstraints whole() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private static ColumnConstraints grows() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(120);
        return c;
    }

    private static Node results(ApplyModelViewModel vm) {
        TableView<ScoreRow> scores = new TableView<>(vm.scores());
        scores.setId("scores");
        scores.setPlaceholder(new Label("Choose a model and data, then Score"));
        TableColumn<ScoreRow, Double> rating = Tables.column("rating", "The rating in the data; empty when it has "
                + "none", ScoreRow::rating);
        Tables.cells(rating, v -> Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v), v -> null);
        scores.getColumns().setAll(List.of(
                Tables.column("user", null, ScoreRow::user),
                Tables.column("item", null, ScoreRow::item),
                number(Tables.column("score", "P(like), or the predicted rating", ScoreRow::score)),
                rating));

        TableView<TopRow> top = new TableView<>(vm.top());
        top.setId("top");
        Label topPlaceholder = new Label();
        topPlaceholder.setId("topStatus");
        topPlaceholder.textProperty().bind(vm.topStatusProperty());
        top.setPlaceholder(topPlaceholder);
        top.getColumns().setAll(List.of(
                Tables.column("user", null, TopRow::user),
                Tables.column("rank", null, TopRow::rank),
                Tables.column("item", null, TopRow::item),
                number(Tables.column("score", null, TopRow::score))));
        Spinner<Integer> k = new Spinner<>(1, 1000, vm.kProperty().get());
        k.setEditable(true);
        k.setPrefWidth(90);
        k.setId("topK");
        k.valueProperty().addListener((o, a, b) -> vm.kProperty().set(b));
        Button show = button("Show top K", "showTop", vm::showTop);
        show.disableProperty().bind(vm.canSave().not());
        Button saveTop = button("Save top K…", "saveTop", vm::saveTop);
        saveTop.disableProperty().bind(Bindings.isEmpty(vm.top()));
        Label help = new Label("Each user's K best items among the target items the model knows, leaving out "
                + "those the user rated in the data.");
        help.setWrapText(true);
        VBox topBox = new VBox(6, new HBox(8, new Label("K"), k, show, saveTop), help, top);
        VBox.setVgrow(top, Priority.ALWAYS);
        topBox.setPadding(new Insets(6));

        Tab scoresTab = new Tab("Scores", scores);
        scoresTab.setId("scores-tab");
        Tab topTab = new Tab("Top K", topBox);
        topTab.setId("top-tab");
        TabPane tabs = new TabPane(scoresTab, topTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Node footer(ApplyModelViewModel vm) {
        Label metrics = new Label();
        metrics.setId("applyMetrics");
        metrics.setWrapText(true);
        metrics.textProperty().bind(vm.metricsProperty());
        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        // a model that never saw these users or items scores them all alike: said beside the metrics
        Label coverage = new Label();
        coverage.setId("applyCoverage");
        coverage.setWrapText(true);
        coverage.setStyle("-fx-text-fill: #8a4b00; -fx-font-weight: bold;");
        coverage.textProperty().bind(vm.coverageProperty());
        coverage.managedProperty().bind(coverage.textProperty().isNotEmpty());
        coverage.visibleProperty().bind(coverage.managedProperty());
        Label error = new Label();
        error.setId("applyError");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold;");
        error.textProperty().bind(vm.errorProperty());
        // the job's progress and Cancel in this window: the main window's job list may be behind it
        ProgressBar working = new ProgressBar();
        working.setId("applyProgress");
        working.setPrefWidth(160);
        working.progressProperty().bind(vm.progressProperty());
        Label step = new Label();
        step.setId("applyProgressMessage");
        step.textProperty().bind(vm.progressMessageProperty());
        step.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = button("Cancel", "cancelApply", vm::cancel);
        HBox under = new HBox(8, working, step, cancel);
        under.setAlignment(Pos.CENTER_LEFT);
        under.visibleProperty().bind(vm.busyProperty());
        Button score = button("Score", "applyScore", vm::score);
        score.setDefaultButton(true);
        score.disableProperty().bind(vm.canScore().not());
        Button save = button("Save scores…", "saveScores", vm::saveScores);
        save.disableProperty().bind(vm.canSave().not());
        Button close = button("Close", "closeApply", stage::close);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, under, gap, score, save, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        BorderPane errorRow = new BorderPane(error);
        errorRow.setMinHeight(24);
        return new VBox(6, coverage, metrics, summary, errorRow, buttons);
    }

    private static <S> TableColumn<S, Double> number(TableColumn<S, Double> column) {
        Tables.cells(column, v -> String.format(Locale.ROOT, "%.6f", v), v -> null);
        return column;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TextField pathField(ReadOnlyObjectProperty<Path> path, String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.setPromptText(prompt);
        field.setPrefColumnCount(50);
        field.textProperty().bind(Bindings.createStringBinding(() -> path.get() == null ? "" : path.get().toString(),
                path));
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
