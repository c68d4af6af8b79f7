package org.recbridge.ui.data;

import java.nio.file.Path;

/**
 * Where a project's data paths are resolved from. The command line resolves them against the project file,
 * so a saved project stores them relative to itself; a project never saved has no place yet and stores
 * absolute paths (they resolve to themselves whatever the base).
 */
public final class ProjectPaths {
    /** Stands in for the file of a project never saved, so the validator has a name to put in messages. */
    private static final Path UNSAVED = Path.of("untitled.json");

    private ProjectPaths() {
    }

    /** The path to write into the project for {@code dataFile}. */
    public static String stored(Path projectFile, Path dataFile) {
        Path absolute = dataFile.toAbsolutePath().normalize();
        if (projectFile == null) {
            return absolute.toString();
        }
        return base(projectFile).relativize(absolute).toString().replace('\\', '/');
    }

    /** The directory stored paths are relative to. */
    public static Path base(Path projectFile) {
        return validationFile(projectFile).toAbsolutePath().getParent();
    }

    /** The project's file, or a stand-in in the working directory for a project never saved. */
    public static Path validationFile(Path projectFile) {
        return projectFile != null ? projectFile : UNSAVED;
    }
}
