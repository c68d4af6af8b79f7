package org.recbridge.ui.experiment;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.recbridge.ui.common.FieldMarks;

/**
 * Controls for {@link ProjectField}s: the value, and under it the validator's message when a value was
 * refused. Text is applied on Enter or when the field loses focus, not on every key.
 */
final class FieldEditors {
    private FieldEditors() {
    }

    static VBox text(ProjectField field) {
        TextField input = new TextField();
        input.setId(field.path());
        input.textProperty().bindBidirectional(field.textProperty());
        if (field.defaultText() != null) {
            input.setPromptText(field.defaultText());
        }
        input.setOnAction(e -> field.commit());
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                field.commit();
            }
        });
        return withError(field, input);
    }

    /** A fixed choice; picking a value applies it. */
    static VBox choice(ProjectField field, List<String> values) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(field.path());
        box.getItems().setAll(values);
        box.setValue(field.textProperty().get());
        field.textProperty().addListener((obs, old, now) -> box.setValue(now));
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(field.textProperty().get())) {
                field.textProperty().set(now);
                field.commit();
            }
        });
        return withError(field, box);
    }

    /** A value typed or picked from {@code values} (which may change). */
    static VBox editableChoice(ProjectField field, javafx.collections.ObservableList<String> values) {
        ComboBox<String> box = new ComboBox<>(values);
        box.setId(field.path());
        box.setEditable(true);
        box.getEditor().textProperty().bindBidirectional(field.textProperty());
        box.setOnAction(e -> field.commit());
        box.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                field.commit();
            }
        });
        return withError(field, box);
    }

    static Label error(javafx.beans.value.ObservableStringValue message) {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setStyle("-fx-text-fill: #b00020;");
        error.setWrapText(true);
        error.textProperty().bind(message);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private static VBox withError(ProjectField field, javafx.scene.control.Control input) {
        input.setTooltip(new Tooltip(field.description()));
        input.setMaxWidth(Double.MAX_VALUE);
        FieldMarks.mark(input, field.path().replaceAll("\\[\\d+]", "[]"));
        Label error = error(field.errorProperty());
        error.setId(field.path() + "-error");
        return new VBox(2, input, error);
    }
}
