package org.recbridge.ui.experiment;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.recbridge.experiment.ProjectFile;

/**
 * One editable field of the project as text: what the screen shows, and a commit that applies the text only
 * if the validator accepts the project with it. A refused value leaves the project unchanged and puts the
 * validator's message in {@link #errorProperty()}, shown at the field.
 */
public final class ProjectField {
    private final String path;
    private final String label;
    private final String description;
    private final String defaultText;
    private final Function<ProjectFile, String> read;
    private final BiConsumer<ProjectFile, String> write;
    private final ValidatedEdits edits;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param path        the field's path in the project file, as validator messages name it
     * @param defaultText shown when the field is empty (takes the default), or null when it cannot be empty
     * @param write       may throw IllegalArgumentException for text that is no value at all
     */
    ProjectField(String path, String label, String description, String defaultText, Function<ProjectFile, String> read,
                 BiConsumer<ProjectFile, String> write, ValidatedEdits edits) {
        this.path = path;
        this.label = label;
        this.description = description;
        this.defaultText = defaultText;
        this.read = read;
        this.write = write;
        this.edits = edits;
    }

    /** Applies the shown text; returns whether the project took it. */
    public boolean commit() {
        String value = text.get();
        String current = read.apply(edits.project());
        if (value.equals(current)) {
            error.set("");
            return true;
        }
        String problem = edits.apply(path, f -> write.accept(f, value));
        error.set(problem == null ? "" : problem);
        return problem == null;
    }

    /** Shows the project's value again and forgets any refused text. */
    void refresh(ProjectFile f) {
        text.set(read.apply(f));
        error.set("");
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    /** What it means, in plain words: tooltips and the help column. */
    public String description() {
        return description;
    }

    /** The default taken when the field is left empty, or null when it must have a value. */
    public String defaultText() {
        return defaultText;
    }

    /** The text being edited; {@link #commit()} applies it. */
    public StringProperty textProperty() {
        return text;
    }

    /** The validator's message for the last refused value; empty when the field is fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
