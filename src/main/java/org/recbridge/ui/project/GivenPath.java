package org.recbridge.ui.project;

import java.nio.file.Files;
import java.nio.file.Path;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.export.model.ModelManifest;
import org.recbridge.report.ResultsFiles;

/**
 * What a file or folder given to the window at start (on the command line, or by a file manager's "Open with")
 * is: a project, the results of a run, or an exported model; {@code path} is the file or folder to open.
 */
public record GivenPath(Kind kind, Path path) {
    public enum Kind { PROJECT, RESULTS, MODEL, UNKNOWN }

    /** A folder is what it holds (model.json, results.json, project.json); a file is a project unless named so. */
    public static GivenPath of(Path given) {
        Path p = given.toAbsolutePath().normalize();
        if (Files.isDirectory(p)) {
            if (Files.isRegularFile(p.resolve(ModelManifest.FILE))) {
                return new GivenPath(Kind.MODEL, p);
            }
            if (Files.isRegularFile(p.resolve(ResultsFiles.JSON_FILE))) {
                return new GivenPath(Kind.RESULTS, p);
            }
            if (Files.isRegularFile(p.resolve(ProjectIO.FILE_NAME))) {
                return new GivenPath(Kind.PROJECT, p.resolve(ProjectIO.FILE_NAME));
            }
            return new GivenPath(Kind.UNKNOWN, p);
        }
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (name.equals(ModelManifest.FILE)) {
            return new GivenPath(Kind.MODEL, p.getParent());
        }
        if (name.equals(ResultsFiles.JSON_FILE)) {
            return new GivenPath(Kind.RESULTS, p.getParent());
        }
        return new GivenPath(Files.isRegularFile(p) ? Kind.PROJECT : Kind.UNKNOWN, p);
    }
}
