package org.recbridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.report.ResultsFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code java -jar recbridge.jar X}: the window opens X, a project file, a run's results folder or an exported
 * model folder (before: "Unmatched argument at index 0").
 */
@ExtendWith(ApplicationExtension.class)
class OpenAtStartUiTest {
    @TempDir
    Path dir;
    private WindowFixture ui;

    @Start
    void start(Stage stage) {
        ui = new WindowFixture(stage, dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        ui.close();
    }

    @Test
    void aProjectFileOpensThatProject(FxRobot robot) throws Exception {
        Path project = TinyProjects.write(dir.resolve("tiny"));
        robot.interact(() -> ui.workbench.openAtStart(Optional.empty(), project));
        waitUntil(30, () -> project.equals(ui.workbench.document().pathProperty().get()));
        assertEquals("RecBridge — Tiny transfer", ui.stage.getTitle());
        assertEquals(java.util.List.of(), ui.dialogs.errors);
    }

    @Test
    void aResultsFolderWrittenElsewhereOpensItsResultsView(FxRobot robot) throws Exception {
        TinyProjects.ExportedRun run = TinyProjects.exportPooled(dir.resolve("exported"));
        Path out = dir.resolve("elsewhere");
        ResultsFiles.write(run.results(), out);
        robot.interact(() -> ui.workbench.openAtStart(Optional.empty(), out));
        waitUntil(30, () -> ui.workbench.document().resultsProperty().get() != null);
        assertNull(ui.workbench.document().pathProperty().get(), "results alone: an untitled project");
        assertEquals(run.results().summary(), ui.workbench.document().resultsProperty().get().summary());
        TabPane tabs = (TabPane) ui.workbench.window().root().getCenter();
        WaitForAsyncUtils.waitForFxEvents(); // the value is seen from this thread before its listeners ran
        assertEquals("Results", tabs.getSelectionModel().getSelectedItem().getText());
    }

    @Test
    void anExportedModelFolderOpensApplyModelWithIt(FxRobot robot) throws Exception {
        TinyProjects.ExportedRun run = TinyProjects.exportPooled(dir.resolve("exported"));
        robot.interact(() -> ui.workbench.openAtStart(Optional.empty(), run.model()));
        waitUntil(10, () -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && "Apply a model to data".equals(s.getTitle()) && s.isShowing()));
        waitUntil(30, () -> !robot.lookup("#modelDescription").queryLabeled().getText().isEmpty());
        assertTrue(robot.lookup("#modelDescription").queryLabeled().getText().contains("pooled"),
                robot.lookup("#modelDescription").queryLabeled().getText());
    }

    @Test
    void somethingElseSaysWhatWasExpected(FxRobot robot) throws Exception {
        robot.interact(() -> ui.workbench.openAtStart(Optional.empty(), dir));
        waitUntil(10, () -> !ui.dialogs.errors.isEmpty());
        assertNotNull(ui.dialogs.errors.get(0));
        assertTrue(ui.dialogs.errors.get(0).contains(dir + ": not a project file, a results folder or an exported "
                + "model folder"), ui.dialogs.errors.get(0));
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
