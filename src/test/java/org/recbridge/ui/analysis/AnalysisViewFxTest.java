package org.recbridge.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.analysis.hints.Hint;
import org.recbridge.experiment.DomainImports;
import org.recbridge.ui.common.FxJobService;
import org.recbridge.ui.common.HintWording;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.project.ProjectDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Analysis screen (headless) on real results of a tiny project: how its strategy ticks and choices follow new
 * results. Every chart on the sample projects: {@link AnalysisSamplesFxTest}.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisViewFxTest {
    @TempDir
    static Path dir;
    private static AnalysisFixture.Ran ran;
    private final ProjectDocument document = new ProjectDocument();
    private AnalysisViewModel model;
    private final HintWording wording = new HintWording();

    @BeforeAll
    static void results() throws Exception {
        ran = AnalysisFixture.run(dir.resolve("tiny"));
    }

    @Start
    void start(Stage stage) {
        document.replace(ran.project(), ran.file(), ran.results());
        model = new AnalysisViewModel(document, new FxJobService(), new RecordingDialogService(),
                DomainImports.FROM_FILES);
        AnalysisView view = new AnalysisView(model, wording);
        stage.setScene(new Scene(view.root(), 1400, 900));
        stage.show();
    }

    @Test
    void theHintsKeepTheirWidthAsTheWindowGoesTo1280AndTheChartTakesTheRest(FxRobot robot) {
        Stage stage = (Stage) robot.lookup("#hints-overfitting").query().getScene().getWindow();
        for (double width : new double[] {1280, 1600, 1280}) {
            robot.interact(() -> stage.setWidth(width));
            robot.interact(() -> { });
            double hints = robot.lookup("#hints-overfitting").query().getParent().getLayoutBounds().getWidth();
            assertEquals(HintsPane.WIDTH, hints, 12, "at " + width + " wide: a readable column, not a word per line");
        }
    }

    @Test
    void overfittingOverlaysEveryStrategyAndUntickingOneRemovesItsCurves(FxRobot robot) {
        XYPlot plot = model.overfitting().chartProperty().get().getXYPlot();
        assertEquals(2, plot.getDatasetCount(), "target-only and pooled");
        robot.interact(() -> model.overfitting().shown().setAll("pooled"));
        assertEquals(1, model.overfitting().chartProperty().get().getXYPlot().getDatasetCount());
    }

    @Test
    void newResultsRedrawTheChartsAndKeepTheStrategiesTicked(FxRobot robot) {
        MenuButton box = robot.lookup("#overfitting-strategies").queryAs(MenuButton.class);
        robot.interact(() -> ((CheckMenuItem) box.getItems().get(0)).setSelected(false));
        assertEquals(List.of("pooled"), model.overfitting().shown());
        // a run finishing, as the Run screen hands its results over; an error on the FX thread fails the test
        robot.interact(() -> document.setResults(ran.results().withAnalyses(List.of(), ran.results().sweeps())));
        assertEquals(List.of("pooled"), ticked(box));
        assertEquals(1, model.overfitting().chartProperty().get().getXYPlot().getDatasetCount());
        assertNull(model.learningCurves().chartProperty().get());
        robot.interact(() -> document.replace(ran.project(), ran.file(), null));
        robot.interact(() -> document.setResults(ran.results()));
        assertEquals(List.of("target-only", "pooled"), ticked(box), "another project's results: all shown again");
    }

    @Test
    void thePlainWordsToggleTurnsEveryHintsPaneToTheEverydayForm(FxRobot robot) {
        Hint hint = new Hint("few-seeds", "warning", "only 1 seed: differences may be chance", null,
                "each strategy was tried once: a difference may be luck");
        robot.interact(() -> document.setResults(ran.results().withInsights(ran.results().diagnostics(),
                List.of(hint))));
        ListView<?> list = robot.lookup("#hints-overfitting").queryListView();
        assertTrue(cellText(robot, list).startsWith("1. only 1 seed: differences may be chance"), cellText(robot, list));
        robot.clickOn(robot.from(list.getParent()).lookup(".plain-words").queryAs(CheckBox.class));
        assertTrue(cellText(robot, list).startsWith("1. each strategy was tried once: a difference may be luck"),
                cellText(robot, list));
        assertTrue(wording.plainProperty().get(), "one choice for every pane");
        ListCell<?> cell = filled(robot, list);
        assertTrue(cell.getTooltip().getText().startsWith("only 1 seed"), "the other form in the tooltip");
    }

    private static String cellText(FxRobot robot, ListView<?> list) {
        return filled(robot, list).getText();
    }

    private static ListCell<?> filled(FxRobot robot, ListView<?> list) {
        return robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getText() != null).findFirst().orElseThrow();
    }

    private static List<String> ticked(MenuButton box) {
        return box.getItems().stream().map(i -> (CheckMenuItem) i).filter(CheckMenuItem::isSelected)
                .map(CheckMenuItem::getText).toList();
    }
}
