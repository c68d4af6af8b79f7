package org.recbridge.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.project.ProjectDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The experiment screen in a real (headless) window: a bad value is refused at its field. */
@ExtendWith(ApplicationExtension.class)
class ExperimentViewFxTest {
    private static final Path SAMPLE = Path.of("sample-projects/movies-to-books/project.json");
    private final ProjectDocument document = new ProjectDocument();
    private Stage stage;
    private ExperimentViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        document.replace(ProjectIO.parse(SAMPLE), SAMPLE, null);
        vm = new ExperimentViewModel(document, new RecordingDialogService());
        stage.setScene(new Scene(new ExperimentView(vm), 1400, 900));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void anInvalidValueIsRefusedAtTheField(FxRobot robot) {
        String before = ProjectIO.toJson(document.file());
        TextField negatives = robot.lookup((Node n) -> "task.negatives".equals(n.getId())).queryAs(TextField.class);
        robot.clickOn(negatives);
        robot.interact(negatives::selectAll);
        robot.write("0").type(KeyCode.ENTER);

        Label error = robot.lookup((Node n) -> "task.negatives-error".equals(n.getId())).queryAs(Label.class);
        assertEquals("task.negatives must be at least 1, got 0", error.getText());
        assertEquals(before, ProjectIO.toJson(document.file()));

        robot.interact(negatives::selectAll);
        robot.write("6").type(KeyCode.ENTER);
        assertEquals("", error.getText());
        assertEquals(6, document.file().task.negatives);
    }

    @Test
    void aLaptopsWidthShowsTheThreeColumnsWithoutSidewaysScrolling(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.interact(() -> { }); // one more pulse: the scroll pane lays out at the new size
        ScrollPane scroll = robot.lookup((Node n) -> n instanceof ScrollPane).queryAs(ScrollPane.class);
        double content = scroll.getContent().getLayoutBounds().getWidth();
        double viewport = scroll.getViewportBounds().getWidth();
        assertTrue(content <= viewport + 0.5, "content " + content + " wide in a viewport of " + viewport);
    }

    @Test
    void theSettingsLineFollowsTheStrategyChosenAlsoBetweenTwoWithoutSettings(FxRobot robot) {
        robot.interact(() -> vm.selectedStrategyProperty().set("target-only"));
        robot.interact(() -> vm.selectedStrategyProperty().set("source-only"));
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && "source-only has no settings.".equals(l.getText()))
                .tryQuery().isPresent(), "was still: target-only has no settings.");
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && "target-only has no settings.".equals(l.getText()))
                .tryQuery().isEmpty());
    }
}
