package org.recbridge.ui.results;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.recbridge.experiment.ErrorMessages;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectValidator;
import org.recbridge.export.model.ModelExporter;
import org.recbridge.export.model.RunReplay;
import org.recbridge.ui.common.BackgroundJob;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;
import org.recbridge.ui.common.ProjectProblems;
import org.recbridge.ui.project.ProjectDocument;

/**
 * "Export model…" on a results row. The workbench keeps no trained models (memory stays bounded however many
 * runs a project has), so the export trains the row's run again (same project, split and seed; the seed is the
 * row's best on validation, as {@code run --export-best} picks it) and writes the model directory
 * {@code run --export-models} writes, once the model trained again reproduces the recorded validation curve and
 * test metrics. When it does not (the data or the settings changed since the run), the user is told what differs
 * and decides.
 */
final class ModelExportAction {
    private final ProjectDocument document;
    private final JobService jobs;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    ModelExportAction(ProjectDocument document, JobService jobs, DialogService dialogs) {
        this.document = document;
        this.jobs = jobs;
        this.dialogs = dialogs;
    }

    /** The run trained again and, if it reproduced the recorded one, the directory it was exported to. */
    private record Replayed(RunReplay replay, Path dir) {
    }

    /** {@code exported}: given the model's folder once it is written (not called if there is none). */
    void export(ResultRow row, Consumer<Path> exported) {
        ExperimentResults results = document.resultsProperty().get();
        if (results == null || row == null || busy.get()) {
            return;
        }
        Project project;
        long seed;
        try {
            project = ProjectValidator.validate(document.projectFile(), document.file());
            seed = RunReplay.seedToExport(results, row.strategy(), row.learner());
            RunReplay.only(project, row.strategy(), row.learner(), seed); // found now, before a folder is asked for
        } catch (ProjectException e) {
            dialogs.showError("Cannot export the model", ProjectProblems.forWindow(e));
            return;
        } catch (IllegalArgumentException e) {
            dialogs.showError("Cannot export the model", e.getMessage());
            return;
        }
        String run = row.strategy() + " with " + row.learner() + ", seed " + seed;
        dialogs.chooseDirectory("Export the model of " + run + " into a folder", document.baseDirectory())
                .ifPresent(parent -> {
                    busy.set(true);
                    BackgroundJob<Replayed> job = (progress, cancel) -> {
                        RunReplay replay = RunReplay.of(project, results, row.strategy(), row.learner(), seed,
                                progress, cancel);
                        return new Replayed(replay, replay.reproduced()
                                ? ModelExporter.export(replay.outcome(), replay.context(), parent) : null);
                    };
                    jobs.submit("Export the model of " + run, job, done -> {
                        busy.set(false);
                        if (done.dir() != null) {
                            dialogs.notify("Exported the model of " + run + " to " + done.dir()
                                    + " (trained again: the recorded metrics reproduced)");
                            exported.accept(done.dir());
                        } else {
                            offerAnyway(run, done.replay(), parent, exported);
                        }
                    }, error -> {
                        busy.set(false);
                        dialogs.showError("Cannot export the model of " + run, ErrorMessages.oneLine(error));
                    }, () -> busy.set(false));
                });
    }

    private void offerAnyway(String run, RunReplay replay, Path parent, Consumer<Path> exported) {
        if (!dialogs.confirm("The model differs from the recorded run", "Trained again, " + run + " does not "
                + "reproduce the results shown: the data or the project's settings changed since the run.\n- "
                + String.join("\n- ", replay.differences()) + "\nExport the model trained now anyway? Its model "
                + "card gives its own metrics, not the ones in the results table.")) {
            return;
        }
        busy.set(true);
        jobs.submit("Export the model of " + run, (progress, cancel) -> ModelExporter.export(replay.outcome(),
                replay.context(), parent), dir -> {
                    busy.set(false);
                    dialogs.notify("Exported the model of " + run + " (trained now, not the recorded run) to " + dir);
                    exported.accept(dir);
                }, error -> {
                    busy.set(false);
                    dialogs.showError("Cannot export the model of " + run, ErrorMessages.oneLine(error));
                }, () -> busy.set(false));
    }

    /** True while a model is trained again or written: one export at a time. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
