package org.recbridge.ui.project;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;

/**
 * The project open in the workbench: its JSON model (the same {@link ProjectFile} the command line runs),
 * where it is saved, whether it has unsaved changes, and the results of its last run. Screens edit the
 * project only through {@link #edit}, so every change marks it unsaved and bumps {@link #revisionProperty()},
 * which screens watch to refresh.
 */
public final class ProjectDocument {
    private ProjectFile file = new ProjectFile();
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final ObjectProperty<ExperimentResults> results = new SimpleObjectProperty<>();

    /** The project as JSON model; change it only through {@link #edit}. */
    public ProjectFile file() {
        return file;
    }

    /** Applies a change to the project, marks it unsaved and tells the screens. */
    public void edit(Consumer<ProjectFile> change) {
        change.accept(file);
        dirty.set(true);
        revision.set(revision.get() + 1);
    }

    /** Replaces the whole project (new, open); {@code where} is null for a project never saved. */
    public void replace(ProjectFile newFile, Path where, ExperimentResults lastResults) {
        file = newFile;
        path.set(where);
        results.set(lastResults);
        dirty.set(false);
        revision.set(revision.get() + 1);
    }

    /** After a successful save to {@code where}. */
    public void markSaved(Path where) {
        path.set(where);
        dirty.set(false);
    }

    /** New results belong to the project: saving keeps them beside it. */
    public void setResults(ExperimentResults r) {
        results.set(r);
        dirty.set(true);
    }

    /**
     * The folder the project's relative data paths start from: the project file's folder, or the working
     * directory (where the command line would resolve them) for a project never saved.
     */
    public Path baseDirectory() {
        Path where = path.get();
        return where == null ? Path.of("").toAbsolutePath() : where.toAbsolutePath().getParent();
    }

    /** The project file data paths are resolved against: where it is saved, or project.json in the working folder. */
    public Path projectFile() {
        Path where = path.get();
        return where != null ? where : baseDirectory().resolve(ProjectIO.FILE_NAME);
    }

    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    public ReadOnlyObjectProperty<ExperimentResults> resultsProperty() {
        return results;
    }
}
