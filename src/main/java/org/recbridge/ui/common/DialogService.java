package org.recbridge.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question and message the workbench puts to the user. View models talk only to this interface, so
 * they are tested with a recording fake; the JavaFX implementation owns the main window.
 */
public interface DialogService {
    /** What the user answered when asked to save unsaved changes. */
    enum SaveAnswer { SAVE, DISCARD, CANCEL }

    /** A file-chooser filter, e.g. {@code new FileFilter("Project files", List.of("*.json"))}. */
    record FileFilter(String description, List<String> patterns) {
    }

    void showError(String title, String message);

    void showInformation(String title, String message);

    boolean confirm(String title, String message);

    /** A question with two named answers ("Restore" / "Discard"); true for the first, false for the second or none. */
    boolean confirm(String title, String message, String yes, String no);

    SaveAnswer askSaveChanges(String projectName);

    Optional<Path> chooseOpenFile(String title, List<FileFilter> filters, Path initialDirectory);

    Optional<Path> chooseSaveFile(String title, List<FileFilter> filters, Path initialDirectory, String initialName);

    /** A folder, e.g. the one a model directory is written into. */
    Optional<Path> chooseDirectory(String title, Path initialDirectory);

    /** A line of text the user types, starting from {@code initial}; empty if the dialog was cancelled. */
    Optional<String> askText(String title, String message, String initial);

    /** A short message that does not interrupt (a run finished, a file was written). */
    void notify(String message);
}
