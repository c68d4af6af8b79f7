package org.recbridge.ui.data;

import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.recbridge.data.ColumnRole;

/** A file's columns with their roles, and the controls to give selected columns a role (import, apply model). */
public final class ColumnRolesPane {
    private ColumnRolesPane() {
    }

    /** @param setRole called with the selected column names and the role picked */
    public static Node create(ObservableList<ColumnChoice> columns, BiConsumer<Collection<String>, ColumnRole> setRole) {
        TableView<ColumnChoice> table = new TableView<>(columns);
        table.setId("columns");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Choose a file to see its columns"));
        TableColumn<ColumnChoice, String> name = new TableColumn<>("Column");
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        TableColumn<ColumnChoice, String> role = new TableColumn<>("Role");
        role.setCellValueFactory(c -> new SimpleStringProperty(RoleNames.of(c.getValue().role())
                + (c.getValue().chosen() ? "" : " (detected)")));
        table.getColumns().setAll(List.of(name, role));

        ComboBox<ColumnRole> roles = new ComboBox<>();
        roles.getItems().setAll(ColumnRole.values());
        roles.setConverter(RoleNames.ROLES);
        roles.setPromptText("role");
        roles.setId("roleChoice");
        roles.setTooltip(new Tooltip("user, item: the ids; rating: the value to predict; timestamp: when; "
                + "categorical: one category per row; tokens: several categories joined by | or spaces (genres); "
                + "numeric: a number, standardised; ignore: not used"));
        Button apply = new Button("Set for selected");
        apply.setId("setRole");
        apply.disableProperty().bind(roles.valueProperty().isNull()
                .or(Bindings.isEmpty(table.getSelectionModel().getSelectedItems())));
        apply.setOnAction(e -> setRole.accept(table.getSelectionModel().getSelectedItems().stream()
                .map(ColumnChoice::name).toList(), roles.getValue()));
        Label hint = new Label("Select one or more columns (Shift/Ctrl-click), pick a role, then Set.");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // its lines whole, not "pick a ..."
        hint.getStyleClass().add("hint");
        VBox box = new VBox(6, new Label("Columns and roles"), table, new HBox(6, roles, apply), hint);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(0, 6, 0, 0));
        return box;
    }
}
