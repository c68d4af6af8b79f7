package org.recbridge.ui.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ObservableList;
import org.recbridge.experiment.ErrorMessages;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.ProjectValidator;
import org.recbridge.report.ResultsFiles;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;

/**
 * New, open, save, save as, recent and sample projects. Reading and writing run as jobs (a results.json can
 * be megabytes); whatever would drop unsaved changes asks first. The file written is the project JSON the
 * command line runs, and the last run's results go beside it in {@code results/}, where the command line
 * writes them too, so they show again on reopening.
 */
public final class ProjectViewModel {
    static final List<DialogService.FileFilter> PROJECT_FILES =
            List.of(new DialogService.FileFilter("RecBridge projects (*.json)", List.of("*.json")));
    private static final ObjectMapper COPIER = new ObjectMapper();

    private final ProjectDocument document;
    private final JobService jobs;
    private final DialogService dialogs;
    private final RecentProjects recent;
    private final List<Path> samples;
    private final StringBinding title;
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper();

    public ProjectViewModel(ProjectDocument document, JobService jobs, DialogService dialogs, RecentProjects recent,
                            Optional<Path> sampleFolder) {
        this.document = document;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.recent = recent;
        this.samples = sampleFolder.map(SampleProjects::list).orElse(List.of());
        this.title = Bindings.createStringBinding(() -> "RecBridge — " + name()
                + (document.dirtyProperty().get() ? " *" : ""), document.revisionProperty(), document.dirtyProperty());
    }

    /** "RecBridge — name", with a star while there are unsaved changes. */
    public StringBinding title() {
        return title;
    }

    /** True while a project file is being read: the document is about to be replaced. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ObservableList<Path> recentProjects() {
        return recent.paths();
    }

    /** The project.json of each sample project. */
    public List<Path> sampleProjects() {
        return samples;
    }

    public ProjectDocument document() {
        return document;
    }

    public void newProject() {
        whenSafeToLeave(() -> document.replace(new ProjectFile(), null, null));
    }

    /** Asks for a project file, then opens it. */
    public void open() {
        whenSafeToLeave(() -> dialogs.chooseOpenFile("Open project", PROJECT_FILES, document.baseDirectory())
                .ifPresent(file -> load(file, true)));
    }

    /** Opens {@code file} (a recent or sample project), asking first about unsaved changes. */
    public void open(Path file) {
        whenSafeToLeave(() -> load(file, true));
    }

    /**
     * Opens the results in {@code folder}: with their project when the folder is the results/ beside a
     * project.json, else on their own in an untitled project (a run written elsewhere with --out).
     */
    public void openResults(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        Path beside = dir.getParent() == null ? null : dir.getParent().resolve(ProjectIO.FILE_NAME);
        if (beside != null && Files.isRegularFile(beside) && resultsFolder(beside).equals(dir)) {
            open(beside);
            return;
        }
        whenSafeToLeave(() -> jobs.submit("Opening " + dir.getFileName(),
                (progress, cancel) -> ResultsFiles.readJson(dir.resolve(ResultsFiles.JSON_FILE)),
                results -> document.replace(new ProjectFile(), null, results),
                error -> dialogs.showError("Cannot open the results", ErrorMessages.oneLine(error)), () -> { }));
    }

    /** At start: the sample project, no questions asked and not remembered as recent. */
    public void openAtStart(Path file) {
        load(file, false);
    }

    public void save() {
        save(() -> { });
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    /**
     * Runs {@code proceed} (quit, close, open another project) once unsaved changes are saved or the user
     * chose to drop them; not at all if they cancel or the save fails.
     */
    public void whenSafeToLeave(Runnable proceed) {
        if (!document.dirtyProperty().get()) {
            proceed.run();
            return;
        }
        switch (dialogs.askSaveChanges(name())) {
            case SAVE -> save(proceed);
            case DISCARD -> proceed.run();
            case CANCEL -> { }
        }
    }

    private void save(Runnable then) {
        Path where = document.pathProperty().get();
        if (where == null) {
            saveAs(then);
        } else {
            write(where, then);
        }
    }

    private void saveAs(Runnable then) {
        String suggested = document.pathProperty().get() == null ? "project.json"
                : document.pathProperty().get().getFileName().toString();
        dialogs.chooseSaveFile("Save project as", PROJECT_FILES, document.baseDirectory(), suggested)
                .ifPresent(file -> write(file.toAbsolutePath(), then));
    }

    /** Writes a copy taken now, so edits made while the job runs are neither half-written nor lost. */
    private void write(Path file, Runnable then) {
        Path from = document.baseDirectory();
        Path to = file.toAbsolutePath().getParent();
        ProjectFile snapshot = copy(document.file());
        DataPathRebase.rebase(snapshot, from, to);
        ExperimentResults results = document.resultsProperty().get();
        int revision = document.revisionProperty().get();
        jobs.submit("Saving " + file.getFileName(), (progress, cancel) -> {
            ProjectIO.write(snapshot, file);
            if (results != null) {
                ResultsFiles.write(results, resultsFolder(file));
            }
            return file;
        }, saved -> {
            boolean editedMeanwhile = document.revisionProperty().get() != revision;
            DataPathRebase.rebase(document.file(), from, to);
            document.replace(document.file(), saved, document.resultsProperty().get());
            if (editedMeanwhile) {
                document.edit(f -> { }); // still unsaved: those edits are not in the file
            }
            recent.add(saved);
            dialogs.notify("Saved " + saved);
            then.run();
        }, error -> dialogs.showError("Cannot save the project", file + ": " + ErrorMessages.oneLine(error)), () -> { });
    }

    private void load(Path file, boolean remember) {
        opening.set(true);
        jobs.submit("Opening " + file.getFileName(), (progress, cancel) -> read(file), loaded -> {
            opening.set(false);
            document.replace(loaded.project(), loaded.file(), loaded.results());
            if (remember) {
                recent.add(loaded.file());
            }
            if (loaded.resultsProblem() != null) {
                dialogs.showInformation("The last results are not shown", loaded.resultsProblem());
            }
        }, error -> {
            opening.set(false);
            // the project open stays as it was; ProjectIO's message names the file, line and field
            dialogs.showError("Cannot open the project", ErrorMessages.oneLine(error));
            if (!Files.exists(file)) {
                recent.remove(file);
            }
        }, () -> opening.set(false));
    }

    private record Loaded(ProjectFile project, Path file, ExperimentResults results, String resultsProblem) {
    }

    private static Loaded read(Path file) throws Exception {
        Path absolute = file.toAbsolutePath().normalize();
        ProjectFile project = ProjectIO.parse(absolute);
        ProjectValidator.validate(absolute, project);
        Path json = resultsFolder(absolute).resolve("results.json");
        if (!Files.isRegularFile(json)) {
            return new Loaded(project, absolute, null, null);
        }
        try {
            return new Loaded(project, absolute, ResultsFiles.readJson(json), null);
        } catch (IOException e) {
            return new Loaded(project, absolute, null, "The last results (" + json + ") could not be read and are "
                    + "not shown: " + e.getMessage());
        }
    }

    /** Where the results of a project's last run live: results/ beside it, as the command line writes them. */
    static Path resultsFolder(Path projectFile) {
        return projectFile.toAbsolutePath().getParent().resolve("results");
    }

    private String name() {
        String n = document.file().name;
        return n == null || n.isBlank() ? "Untitled project" : n;
    }

    private static ProjectFile copy(ProjectFile p) {
        try {
            return COPIER.readValue(COPIER.writeValueAsBytes(p), ProjectFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("a project file that cannot be copied through JSON: " + e.getMessage(), e);
        }
    }
}
