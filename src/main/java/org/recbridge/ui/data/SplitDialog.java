package org.recbridge.ui.data;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.recbridge.ui.common.FieldMarks;
import org.recbridge.ui.common.WindowSizes;

/** "Split one data set into two domains by an item attribute": the view of a {@link SplitViewModel}. */
public final class SplitDialog extends Dialog<ButtonType> {
    private static final ButtonType SPLIT = new ButtonType("Use this split", ButtonBar.ButtonData.OK_DONE);
    /** Room for the form, the outcome summary and an error under it without clipping the buttons. */
    static final WindowSizes.Size SIZE = new WindowSizes.Size("split", 820, 600, 620, 460);

    public SplitDialog(SplitViewModel vm, Window owner, WindowSizes sizes) {
        initOwner(owner);
        setTitle("Split one data set into two domains by an item attribute");
        setResizable(true);
        getDialogPane().getButtonTypes().addAll(SPLIT, ButtonType.CANCEL);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(150), grown());
        Label intro = new Label("When no second domain exists, items of one data set can be split by an attribute "
                + "(for example Comedy vs Drama): items with the source value form the source domain, items with "
                + "the target value the target. Items with both values are left out.");
        grid.addRow(0, new Label("Interaction file"), FieldMarks.mark(path(vm.dataFileProperty()),
                "splitDomain.data.interactions"), button("Choose…", vm::chooseDataFile));
        grid.addRow(1, new Label("Item table"), FieldMarks.mark(path(vm.itemTableProperty()), "splitDomain.data.items"),
                button("Choose…", vm::chooseItemTable));
        TextField name = new TextField();
        name.textProperty().bindBidirectional(vm.nameProperty());
        FieldMarks.mark(name, "splitDomain.data.name");
        name.setPromptText("the data set's name; the domains become name/value");
        grid.addRow(2, new Label("Data set name"), name);
        ComboBox<String> column = new ComboBox<>(vm.columns());
        column.valueProperty().bindBidirectional(vm.columnProperty());
        column.setPromptText("item column");
        FieldMarks.mark(column, "splitDomain.column");
        grid.addRow(3, new Label("Attribute"), column);
        ComboBox<String> source = new ComboBox<>(vm.values());
        source.valueProperty().bindBidirectional(vm.sourceValueProperty());
        source.setPromptText("value");
        FieldMarks.mark(source, "splitDomain.sourceValue");
        grid.addRow(4, new Label("Source value"), source);
        ComboBox<String> target = new ComboBox<>(vm.values());
        target.valueProperty().bindBidirectional(vm.targetValueProperty());
        target.setPromptText("value");
        FieldMarks.mark(target, "splitDomain.targetValue");
        grid.addRow(5, new Label("Target value"), target);
        Label outcome = new Label();
        outcome.textProperty().bind(vm.outcomeProperty());
        Label error = new Label();
        error.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold;");
        error.textProperty().bind(vm.errorProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(vm.busyProperty());
        grid.add(working, 2, 3);
        for (Label text : new Label[] {intro, outcome, error}) {
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE); // wrapped text gets the lines it needs
        }
        // the dialog window does not grow by itself when a wrapped message gets longer
        outcome.textProperty().addListener((obs, old, now) -> fitWindow());
        error.textProperty().addListener((obs, old, now) -> fitWindow());
        VBox content = new VBox(10, intro, grid, outcome, error);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(760);
        sizes.sizeDialog(this, SIZE);

        Button ok = (Button) getDialogPane().lookupButton(SPLIT);
        ok.disableProperty().bind(vm.canApplyProperty().not());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.apply();
        });
        vm.doneProperty().addListener((obs, was, done) -> {
            if (done) {
                setResult(SPLIT);
                close();
            }
        });
    }

    /** Taller when a longer message needs it; never smaller than the user made it (sizeToScene would be). */
    private void fitWindow() {
        Scene scene = getDialogPane().getScene();
        if (scene == null || scene.getWindow() == null) {
            return;
        }
        Platform.runLater(() -> { // once the new text is laid out
            double needed = getDialogPane().prefHeight(scene.getWidth());
            if (needed > scene.getHeight()) {
                scene.getWindow().setHeight(scene.getWindow().getHeight() + needed - scene.getHeight());
            }
        });
    }

    private static TextField path(ReadOnlyObjectProperty<Path> path) {
        TextField field = new TextField();
        field.setEditable(false);
        field.textProperty().bind(Bindings.createStringBinding(() -> path.get() == null ? "" : path.get().toString(), path));
        return field;
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static ColumnConstraints grown() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
