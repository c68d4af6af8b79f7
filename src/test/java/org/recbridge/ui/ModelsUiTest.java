package org.recbridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.export.SplitExporter;
import org.recbridge.export.model.ExportContext;
import org.recbridge.export.model.ExportedModel;
import org.recbridge.export.model.ModelExporter;
import org.recbridge.ui.common.FxJobService;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The model paths through the real window: Export model… on a results row, File ▸ Apply Model to Data…. */
@ExtendWith(ApplicationExtension.class)
class ModelsUiTest {
    @TempDir
    Path dir;
    private Stage stage;
    private Workbench workbench;
    private FxJobService jobs;
    private Preferences prefs;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefs = Preferences.userRoot().node("org/recbridge/test/" + UUID.randomUUID());
        jobs = new FxJobService();
        workbench = new Workbench(stage, jobs, prefs, dialogs, dir.resolve("recovery"));
        workbench.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        jobs.shutdown();
        prefs.removeNode();
    }

    @Test
    void exportModelFromTheResultsRowsContextMenu(FxRobot robot) throws Exception {
        Path file = TinyProjects.write(dir.resolve("project"));
        robot.interact(() -> workbench.project().openAtStart(file));
        waitUntil(30, () -> "Tiny transfer".equals(workbench.document().file().name));
        robot.interact(() -> workbench.run().run());
        waitUntil(120, () -> workbench.document().resultsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

        TableView<?> table = robot.lookup("#results-table").queryTableView();
        assertTrue(robot.lookup("#export-model").queryButton().isDisabled(), "no row selected yet");
        robot.clickOn("pooled");
        Path out = dir.resolve("models");
        dialogs.fileAnswers.add(Optional.of(out));
        robot.rightClickOn("pooled");
        robot.clickOn("Export model…");
        waitUntil(120, () -> dialogs.notifications.stream().anyMatch(n -> n.startsWith("Exported the model")));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(table.getSelectionModel().getSelectedItem() != null);
        Path exported;
        try (Stream<Path> s = Files.list(out)) {
            exported = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertTrue(exported.getFileName().toString().startsWith("pooled_linear_seed"), exported.toString());
        assertEquals("pooled", ExportedModel.load(exported).manifest().strategy());
    }

    @Test
    void applyModelThroughTheFileMenuShowsTheScoresAndMetrics(FxRobot robot) throws Exception {
        Project project = ProjectIO.read(TinyProjects.write(dir.resolve("project"))).withSeeds(List.of(1L));
        LoadedData data = DataLoader.load(project, ProgressListener.none(), new CancelToken());
        List<ExperimentRunner.Outcome> outcomes = new ArrayList<>();
        new ExperimentRunner(1).run(project, data, ProgressListener.none(), new CancelToken(), outcomes::add);
        Path model = ModelExporter.export(outcomes.get(0), ExportContext.of(project, data), dir.resolve("models"));
        SplitExporter.write(project, data, dir.resolve("splits"), new CancelToken());
        Path testRows = dir.resolve("splits/seed-1/target.test.csv");
        int rows = (int) Files.lines(testRows).count() - 1;

        robot.interact(stage::requestFocus);
        robot.clickOn("#file-menu");
        robot.clickOn("Apply Model to Data…");
        waitUntil(10, () -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && "Apply a model to data".equals(s.getTitle()) && s.isShowing()));
        dialogs.fileAnswers.add(Optional.of(model));
        robot.clickOn("#chooseModel");
        waitUntil(30, () -> !robot.lookup("#modelDescription").queryLabeled().getText().isEmpty());
        dialogs.fileAnswers.add(Optional.of(testRows));
        robot.clickOn("#chooseData");
        waitUntil(30, () -> !robot.lookup("#applyScore").queryButton().isDisabled());
        robot.clickOn("#applyScore");
        TableView<?> scores = robot.lookup("#scores").queryTableView();
        waitUntil(60, () -> scores.getItems().size() == rows);
        assertTrue(robot.lookup("#applyMetrics").queryLabeled().getText().startsWith("Metrics on " + rows
                + " rated rows"), robot.lookup("#applyMetrics").queryLabeled().getText());
        assertEquals("", robot.lookup("#applyError").queryLabeled().getText());

        Path broken = Files.createDirectories(dir.resolve("not-a-model"));
        dialogs.fileAnswers.add(Optional.of(broken));
        robot.clickOn("#chooseModel");
        waitUntil(30, () -> !robot.lookup("#applyError").queryLabeled().getText().isEmpty());
        assertEquals(broken + ": not a RecBridge model (no model.json)",
                robot.lookup("#applyError").queryLabeled().getText());
        assertTrue(robot.lookup("#applyScore").queryButton().isDisabled());
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
