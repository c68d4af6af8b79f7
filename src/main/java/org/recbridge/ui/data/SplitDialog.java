package org.recbridge.ui.data;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
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
import javafx.stage.Window;

/** "Split one data set into two domains by an item attribute": the view of a {@link SplitViewModel}. */
public final class SplitDialog extends Dialog<ButtonType> {
    private static final ButtonType SPLIT = new ButtonType("Use this split", ButtonBar.ButtonData.OK_DONE);

    public SplitDialog(SplitViewModel vm, Window owner) {
        initOwner(owner);
        setTitle("Split one data set into two domains by an item attribute");
        setResizable(true);
        getDialogPane().getButtonTypes().addAll(SPLIT, ButtonType.CANCEL);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.getColumnConstraints().addAll(new ColumnConstraints(150), grown());
        Label intro = new Label("When no second domain exists, items of one data set can be split by an attribute "
                + "(for example Comedy vs Drama): items with the source value form the source domain, items with "
                + "the target value the target. Items with both values are left out.");
        intro.setWrapText(true);
        grid.add(intro, 0, 0, 3, 1);
        grid.addRow(1, new Label("Interaction file"), path(vm.dataFileProperty()), button("Choose…", vm::chooseDataFile));
        grid.addRow(2, new Label("Item table"), path(vm.itemTableProperty()), button("Choose…", vm::chooseItemTable));
        ComboBox<String> column = new ComboBox<>(vm.columns());
        column.valueProperty().bindBidirectional(vm.columnProperty());
        column.setPromptText("item column");
        grid.addRow(3, new Label("Attribute"), column);
        ComboBox<String> source = new ComboBox<>(vm.values());
        source.valueProperty().bindBidirectional(vm.sourceValueProperty());
        source.setPromptText("value");
        grid.addRow(4, new Label("Source value"), source);
        ComboBox<String> target = new ComboBox<>(vm.values());
        target.valueProperty().bindBidirectional(vm.targetValueProperty());
        target.setPromptText("value");
        grid.addRow(5, new Label("Target value"), target);
        Label outcome = new Label();
        outcome.setWrapText(true);
        outcome.textProperty().bind(vm.outcomeProperty());
        grid.add(outcome, 0, 6, 3, 1);
        Label error = new Label();
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold;");
        error.textProperty().bind(vm.errorProperty());
        grid.add(error, 0, 7, 3, 1);
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(vm.busyProperty());
        grid.add(working, 2, 3);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(760);

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
