package org.recbridge.ui.common;

import java.nio.file.Path;
import org.recbridge.ui.project.ProjectDocument;

/**
 * Data paths as a project stores them. The command line resolves them against the project file, so a saved
 * project stores them relative to its folder; a project never saved has no folder yet and stores absolute
 * paths (they resolve to themselves wherever it is saved later).
 */
public final class ProjectPaths {
    /** Stands in for the file of a project never saved, so the validator has a name to put in messages. */
    private static final Path UNSAVED = Path.of("untitled.json");

    private ProjectPaths() {
    }

    /** The path to write into the project for {@code dataFile}. */
    public static String stored(ProjectDocument document, Path dataFile) {
        Path absolute = dataFile.toAbsolutePath().normalize();
        if (document.pathProperty().get() == null) {
            return absolute.toString();
        }
        return document.baseDirectory().relativize(absolute).toString().replace('\\', '/');
    }

    /** The project's file, or a stand-in in the working directory for a project never saved. */
    public static Path validationFile(ProjectDocument document) {
        Path where = document.pathProperty().get();
        return where != null ? where : UNSAVED.toAbsolutePath();
    }
}
