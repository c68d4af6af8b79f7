package org.recbridge.ui.data;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.ui.common.FieldMarks;
import org.recbridge.ui.common.WindowSizes;

/**
 * The import dialog: the view of an {@link ImportViewModel}. "Import" runs the import in the background and
 * closes the dialog only when it succeeded; an importer error stays in the dialog.
 */
public final class ImportDialog extends Dialog<ButtonType> {
    private static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
    private final ImportViewModel vm;
    private final TableView<List<String>> preview = new TableView<>();
    /** Shows several role rows and preview rows at 1280x720 and fills most of a 1920x1080 screen's height. */
    static final WindowSizes.Size SIZE = new WindowSizes.Size("import", 1150, 800, 760, 520);

    public ImportDialog(ImportViewModel vm, Window owner, WindowSizes sizes) {
        this.vm = vm;
        initOwner(owner);
        setTitle(vm.slot() == DomainSlot.TARGET ? "Import the target domain" : "Import a source domain");
        setResizable(true);
        setHeaderText((vm.slot() == DomainSlot.TARGET ? "Import the target domain" : "Import a source domain")
                + ": choose the interaction file, check how it is read and each column's role, then Import.");
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        getDialogPane().setContent(content());
        sizes.sizeDialog(this, SIZE);
        Button ok = (Button) getDialogPane().lookupButton(IMPORT);
        ok.setId("importButton");
        ok.disableProperty().bind(vm.canImportProperty().not());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes when the import has succeeded, not on the click
            vm.importDomain();
        });
        setOnHidden(e -> {
            if (!vm.doneProperty().get()) {
                vm.abandon();
            }
        });
        vm.doneProperty().addListener((obs, was, done) -> {
            if (done) {
                setResult(IMPORT);
                close();
            }
        });
    }

    private Node content() {
        VBox box = new VBox(10, fileRow(), new SplitPane(columnsPane(), previewPane()), options(), errorRow());
        VBox.setVgrow(box.getChildren().get(1), Priority.ALWAYS);
        ((SplitPane) box.getChildren().get(1)).setDividerPositions(0.3);
        box.setPadding(new Insets(10));
        return box;
    }

    private Node fileRow() {
        GridPane grid = grid();
        // the marks name the fields of a data domain (sources[], target) each control writes
        TextField path = FieldMarks.mark(pathField(vm.fileProperty(), "Choose the interaction file"),
                "domain.interactions");
        Button choose = new Button("Choose…");
        choose.setId("chooseFile");
        choose.setOnAction(e -> vm.chooseFile());
        grid.addRow(0, new Label("Interaction file"), path, choose);

        ComboBox<String> format = new ComboBox<>();
        format.getItems().setAll(ImportViewModel.FORMATS);
        FieldMarks.mark(format, "domain.format");
        format.valueProperty().bindBidirectional(vm.formatProperty());
        format.setTooltip(new Tooltip("auto detects the format from the file name and first lines; choose one "
                + "to force it"));
        Label found = new Label();
        found.textProperty().bind(Bindings.createStringBinding(() -> vm.detectedFormatProperty().get().isEmpty()
                ? "" : "read as " + vm.detectedFormatProperty().get() + "   ·   delimiter "
                + shown(vm.delimiterProperty().get()) + "   ·   encoding " + vm.encodingProperty().get(),
                vm.detectedFormatProperty(), vm.delimiterProperty(), vm.encodingProperty()));
        found.setId("detected");
        grid.addRow(1, new Label("Format"), new HBox(12, format, found));

        TextField name = new TextField();
        name.setId("domainName");
        FieldMarks.mark(name, "domain.name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.setPromptText("a short name, e.g. movies");
        grid.addRow(2, new Label("Domain name"), name);
        return grid;
    }

    private Node columnsPane() {
        return FieldMarks.mark(ColumnRolesPane.create(vm.columns(), vm::setRole), "domain.roles");
    }

    private Node previewPane() {
        preview.setId("preview");
        preview.setItems(vm.previewRows());
        preview.setPlaceholder(new Label("No rows to show"));
        vm.columns().addListener((ListChangeListener<ColumnChoice>) c -> rebuildPreviewColumns());
        Label title = new Label("Preview (first " + ImportViewModel.PREVIEW_ROWS + " rows)");
        VBox box = new VBox(6, title, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 6));
        return box;
    }

    /** One table column per file column, headed by its name and the role it will be imported with. */
    private void rebuildPreviewColumns() {
        preview.getColumns().clear();
        for (int i = 0; i < vm.columns().size(); i++) {
            ColumnChoice column = vm.columns().get(i);
            int index = i;
            TableColumn<List<String>, String> tc = new TableColumn<>();
            Label name = new Label(column.name());
            name.setStyle("-fx-font-weight: bold;");
            Label role = new Label(RoleNames.of(column.role()));
            role.setStyle(column.role() == ColumnRole.IGNORE ? "-fx-text-fill: #888;" : "-fx-text-fill: #2b5d95;");
            VBox header = new VBox(0, name, role);
            header.setAlignment(javafx.geometry.Pos.CENTER);
            tc.setGraphic(header);
            tc.setCellValueFactory(c -> new SimpleStringProperty(index < c.getValue().size()
                    ? c.getValue().get(index) : ""));
            tc.setSortable(false);
            tc.setPrefWidth(110);
            preview.getColumns().add(tc);
        }
    }

    private Node options() {
        GridPane grid = grid();
        grid.addRow(0, new Label("User side table"), FieldMarks.mark(pathField(vm.userTableProperty(),
                        "optional: user features by user id"), "domain.users"),
                chooseButton("chooseUsers", vm::chooseUserTable), clearButton(vm.userTableProperty(), () -> vm.setUserTable(null)));
        grid.addRow(1, new Label("Item side table"), FieldMarks.mark(pathField(vm.itemTableProperty(),
                        "optional: item features by item id"), "domain.items"),
                chooseButton("chooseItems", vm::chooseItemTable), clearButton(vm.itemTableProperty(), () -> vm.setItemTable(null)));
        ComboBox<DuplicatePolicy> duplicates = new ComboBox<>();
        duplicates.getItems().setAll(DuplicatePolicy.values());
        FieldMarks.mark(duplicates, "domain.duplicates");
        duplicates.setConverter(RoleNames.DUPLICATES);
        duplicates.valueProperty().bindBidirectional(vm.duplicatesProperty());
        duplicates.setTooltip(new Tooltip("keep-last: a later row for the same user and item replaces the earlier "
                + "one; average: their ratings are averaged"));
        CheckBox skip = new CheckBox("Skip malformed rows (and count them) instead of stopping at the first");
        skip.setId("skipBadRows");
        FieldMarks.mark(skip, "domain.skipBadRows");
        skip.selectedProperty().bindBidirectional(vm.skipBadRowsProperty());
        grid.addRow(2, new Label("Repeated pairs"), new HBox(16, duplicates, skip));
        return grid;
    }

    private Node errorRow() {
        Label error = new Label();
        error.setId("importError");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold;");
        error.textProperty().bind(vm.errorProperty());
        error.setMaxWidth(Double.MAX_VALUE);
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(vm.busyProperty());
        BorderPane row = new BorderPane(error);
        row.setRight(working);
        row.setMinHeight(40);
        return row;
    }

    /** A delimiter character in quotes ("," reads as punctuation otherwise); "tab" and "whitespace" as words. */
    private static String shown(String delimiter) {
        return delimiter.chars().allMatch(Character::isLetter) ? delimiter : "\u201c" + delimiter + "\u201d";
    }

    private static TextField pathField(ReadOnlyObjectProperty<Path> path, String prompt) {
        TextField field = new TextField();
        field.setEditable(false);
        field.setPromptText(prompt);
        field.textProperty().bind(Bindings.createStringBinding(() -> path.get() == null ? "" : path.get().toString(), path));
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private static Button chooseButton(String id, Runnable action) {
        Button b = new Button("Choose…");
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Button clearButton(ReadOnlyObjectProperty<Path> path, Runnable clear) {
        Button b = new Button("Clear");
        b.disableProperty().bind(path.isNull());
        b.setOnAction(e -> clear.run());
        return b;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints label = new ColumnConstraints(130);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, field);
        return grid;
    }
}
