package org.recbridge.ui.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.DomainImports;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.export.model.ExportContext;
import org.recbridge.export.model.ExportedModel;
import org.recbridge.export.model.ModelExporter;
import org.recbridge.export.model.RunReplay;
import org.recbridge.report.ResultsFiles;
import org.recbridge.task.Row;
import org.recbridge.ui.TinyProjects;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.SynchronousJobService;
import org.recbridge.ui.project.ProjectDocument;
import org.recbridge.ui.run.RunViewModel;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** "Export model…" on a results row: trained again, checked against the record, written as the core export writes. */
class ModelExportTest {
    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final SynchronousJobService jobs = new SynchronousJobService();
    private final ProjectDocument document = new ProjectDocument();
    private final ResultsViewModel model = new ResultsViewModel(document, jobs, dialogs);

    /** Runs the tiny project, then reopens its results from results.json, as a project opened later has them. */
    private Path runAndReopen() throws Exception {
        Path file = TinyProjects.write(dir);
        document.replace(ProjectIO.parse(file), file, null);
        RecordingDialogService runDialogs = new RecordingDialogService();
        new RunViewModel(document, new SynchronousJobService(), runDialogs, DomainImports.FROM_FILES).run();
        assertTrue(runDialogs.errors.isEmpty(), runDialogs.errors.toString());
        Path json = dir.resolve("reopened.json");
        ResultsFiles.writeJson(document.resultsProperty().get(), json);
        document.replace(ProjectIO.parse(file), file, ResultsFiles.readJson(json));
        return file;
    }

    private ResultRow row(String strategy) {
        return model.rows().stream().filter(r -> r.strategy().equals(strategy) && r.group().equals("all"))
                .findFirst().orElseThrow();
    }

    @Test
    void theExportedDirectoryReloadsAndPredictsAsTheCoreExportOfTheSameRun() throws Exception {
        Path file = runAndReopen();
        ExperimentResults results = document.resultsProperty().get();
        assertFalse(model.canExportModel().get(), "nothing selected");
        model.selectedRowProperty().set(row("pooled"));
        assertTrue(model.canExportModel().get());
        Path out = dir.resolve("models");
        dialogs.fileAnswers.add(Optional.of(out));
        model.exportModel();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(dialogs.questions.isEmpty(), "reproduced: nothing to ask " + dialogs.questions);
        assertEquals(1, dialogs.notifications.size());
        assertTrue(dialogs.notifications.get(0).contains("the recorded metrics reproduced"),
                dialogs.notifications.get(0));
        long seed = RunReplay.seedToExport(results, "pooled", "linear");
        Path exported;
        try (Stream<Path> s = Files.list(out)) {
            exported = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertEquals("pooled_linear_seed" + seed, exported.getFileName().toString());

        // the command line's path: the run's outcome straight from the runner, exported by the same exporter
        Project project = ProjectIO.read(file).withSeeds(List.of(seed));
        LoadedData data = DataLoader.load(project, ProgressListener.none(), new CancelToken());
        List<ExperimentRunner.Outcome> outcomes = new ArrayList<>();
        new ExperimentRunner(1).run(project, data, ProgressListener.none(), new CancelToken(), outcomes::add);
        ExperimentRunner.Outcome pooled = outcomes.stream().filter(o -> o.info().strategy().equals("pooled"))
                .findFirst().orElseThrow();
        Path core = ModelExporter.export(pooled, ExportContext.of(project, data), dir.resolve("core"));

        List<Row> rows = new ArrayList<>();
        var target = data.target().interactions();
        for (int r = 0; r < Math.min(500, target.size()); r++) {
            rows.add(new Row(target.userId(r), target.itemId(r), 0, Double.NaN, 1));
        }
        rows.add(new Row("a user never seen", target.itemId(0), 0, Double.NaN, 1));
        double[] fromGui = ExportedModel.load(exported).predict(rows);
        assertArrayEquals(ExportedModel.load(core).predict(rows), fromGui);
        assertTrue(Files.readString(exported.resolve("model-card.md")).contains("pooled"));
    }

    @Test
    void aRunThatNoLongerReproducesIsNamedAndExportedOnlyIfTheUserSaysSo() throws Exception {
        runAndReopen();
        // fewer sampled negatives: the same model, other ranking metrics
        document.edit(f -> f.evaluation.negatives = 20);
        model.selectedRowProperty().set(row("target-only"));
        dialogs.fileAnswers.add(Optional.of(dir.resolve("declined")));
        dialogs.confirmAnswers.add(false);
        model.exportModel();
        assertEquals(1, dialogs.questions.size(), dialogs.questions.toString());
        String question = dialogs.questions.get(0);
        assertTrue(question.startsWith("The model differs from the recorded run"), question);
        assertTrue(question.contains("test HR@10 (all): recorded"), question);
        assertFalse(question.contains("validation"), "training is unchanged: " + question);
        assertFalse(Files.exists(dir.resolve("declined")) && Files.list(dir.resolve("declined")).findAny().isPresent());

        dialogs.fileAnswers.add(Optional.of(dir.resolve("accepted")));
        dialogs.confirmAnswers.add(true);
        model.exportModel();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(dialogs.notifications.get(0).contains("trained now, not the recorded run"),
                dialogs.notifications.get(0));
        try (Stream<Path> s = Files.list(dir.resolve("accepted"))) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aStrategyRemovedFromTheProjectSinceTheRunIsAClearError() throws Exception {
        runAndReopen();
        document.edit(f -> f.strategies.removeIf(s -> s.id().equals("pooled")));
        model.selectedRowProperty().set(row("pooled"));
        dialogs.fileAnswers.add(Optional.of(dir.resolve("models")));
        model.exportModel();
        assertEquals(1, dialogs.fileAnswers.size(), "no folder asked for");
        assertEquals(List.of("Cannot export the model: the project no longer has the strategy pooled (its strategies were edited since the run); "
                        + "add it back to export this run"), dialogs.errors);
        assertFalse(Files.exists(dir.resolve("models")) && Files.list(dir.resolve("models")).findAny().isPresent());
    }
}
