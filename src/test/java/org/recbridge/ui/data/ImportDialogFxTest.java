package org.recbridge.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.ui.common.FxJobService;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.WindowSizes;
import org.recbridge.ui.project.ProjectDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import dialog in a real (headless) window, with the real background job service. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogFxTest {
    private static final Path SAMPLE = Path.of("sample-projects/movies-to-books/project.json");
    @TempDir
    Path dir;
    private final ProjectDocument document = new ProjectDocument();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FxJobService jobs = new FxJobService();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        document.replace(ProjectIO.parse(SAMPLE), SAMPLE, null);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        jobs.shutdown();
    }

    @Test
    void aMalformedFileShowsItsErrorInTheDialogAndTheProjectIsUnchanged(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "user,item,rating\nu1,i1,4\nu2,i1,\"4,5\"\nu3,i2,3\n");
        String before = ProjectIO.toJson(document.file());
        dialogs.fileAnswers.add(Optional.of(bad));
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ImportDialog(new ImportViewModel(document, jobs, dialogs, DomainSlot.TARGET,
                    new ImportedDomains()), stage, new WindowSizes(null));
            dialog[0].show();
            dialog[0].getDialogPane().getScene().getWindow().requestFocus();
        });

        robot.clickOn("#chooseFile");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#importButton").queryButton().isDisabled());
        robot.clickOn("#importButton");
        Label error = robot.lookup("#importError").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !error.getText().isEmpty());

        assertEquals("bad.csv line 3, column rating: \"4,5\" is not a number", error.getText());
        assertTrue(dialog[0].isShowing(), "the dialog stays open");
        assertEquals(before, ProjectIO.toJson(document.file()));
        robot.interact(dialog[0]::close);
    }
}
