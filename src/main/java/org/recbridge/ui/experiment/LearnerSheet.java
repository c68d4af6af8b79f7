package org.recbridge.ui.experiment;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * One learner's settings in a ControlsFX PropertySheet. Each row's editor is the screen's own field editor,
 * so a value is applied on Enter or focus loss (not per key) and a refused value shows the validator's
 * message under it.
 */
final class LearnerSheet {
    private LearnerSheet() {
    }

    static PropertySheet of(LearnerEntry learner) {
        PropertySheet sheet = new PropertySheet();
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        learner.settings().forEach(f -> sheet.getItems().add(new Item(f, learner.type())));
        sheet.setPropertyEditorFactory(item -> new Editor(((Item) item).field));
        return sheet;
    }

    private record Item(ProjectField field, String category) implements PropertySheet.Item {
        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public String getCategory() {
            return category;
        }

        @Override
        public String getName() {
            return field.label();
        }

        @Override
        public String getDescription() {
            return field.description();
        }

        @Override
        public Object getValue() {
            return field.textProperty().get();
        }

        @Override
        public void setValue(Object value) {
            field.textProperty().set(value == null ? "" : value.toString());
        }

        @Override
        public Optional<ObservableValue<?>> getObservableValue() {
            return Optional.of(field.textProperty());
        }
    }

    private static final class Editor implements PropertyEditor<Object> {
        private final ProjectField field;
        private final Node editor;

        Editor(ProjectField field) {
            this.field = field;
            this.editor = FieldEditors.text(field);
        }

        @Override
        public Node getEditor() {
            return editor;
        }

        @Override
        public Object getValue() {
            return field.textProperty().get();
        }

        @Override
        public void setValue(Object value) {
            field.textProperty().set(value == null ? "" : value.toString());
        }
    }
}
