package org.recbridge.ui.data;

import java.nio.file.Path;
import javafx.beans.property.StringProperty;

/**
 * A domain name field filled from the chosen file: a later file replaces the name it suggested, but never a name
 * the person typed.
 */
final class NameSuggestion {
    private final StringProperty name;
    private String suggested = "";

    NameSuggestion(StringProperty name) {
        this.name = name;
    }

    /** Suggests the name of {@code file} unless the field holds a name the person gave. */
    void fileChosen(Path file) {
        String current = name.get().trim();
        if (current.isEmpty() || current.equals(suggested)) {
            suggested = DataFiles.suggestedName(file);
            name.set(suggested);
        }
    }
}
