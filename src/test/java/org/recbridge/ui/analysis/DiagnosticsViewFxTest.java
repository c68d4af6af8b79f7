package org.recbridge.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.recbridge.ui.project.ProjectDocument;
import org.testfx.api.FxRobot;

/**
 * The Diagnostics screen (headless) on the feature-vs-model-transfer sample, opened from the workbench's sample list
 * and computed by its own button before any training: both domains' histograms, the overlap and A-distance
 * statements, the heat map of its correlated user features, the ranking bars, "keep top k" writing the project, and
 * its hints pointing at their evidence.
 */
class DiagnosticsViewFxTest extends SampleScreenFxTest {
    @Test
    void computesEveryChartBeforeTrainingAndKeepTopKWritesTheProject(FxRobot robot) throws Exception {
        app.open(robot, "feature-vs-model-transfer");
        DiagnosticsViewModel model = app.workbench.diagnostics();
        ProjectDocument document = app.workbench.document();
        app.screen(robot, "Diagnostics");
        Label hintsPlaceholder = (Label) robot.lookup("#hints-diagnostics").queryListView().getPlaceholder();
        assertEquals("Hints appear once the diagnostics are computed.", hintsPlaceholder.getText(),
                "not yet 'the rules found nothing'");
        long started = System.nanoTime();
        robot.clickOn("#compute-diagnostics");
        SampleWorkbench.waitUntil(300, () -> !model.busyProperty().get() && model.diagnostics().get() != null);
        System.out.printf("feature-vs-model-transfer diagnostics in %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors.toString());
        assertNull(document.resultsProperty().get(), "nothing was trained");
        // the placeholder follows the diagnostics in a later pulse of the FX thread: under load it can lag
        SampleWorkbench.waitUntil(30, () -> !hintsPlaceholder.getText().startsWith("Hints appear once"));
        assertEquals("No hints: the rules found nothing to point out here.", hintsPlaceholder.getText());

        CategoryDataset histograms = app.chartShown(robot, "histograms-chart").getCategoryPlot().getDataset();
        assertEquals(List.of("movies", "books"), histograms.getRowKeys(), "the domains side by side");
        String overlap = robot.lookup("#diagnostics-overlap").queryAs(Label.class).getText();
        assertTrue(overlap.startsWith("movies → books: ") && overlap.contains("target users are also in the source"),
                overlap);
        Label distance = robot.lookup("#a-distance").queryAs(Label.class);
        assertTrue(distance.getText().startsWith("Proxy A-distance movies → books: "), distance.getText());
        assertTrue(distance.getText().endsWith(DiagnosticsViewModel.MEANING));

        app.tab(robot, "correlations-tab");
        robot.interact(() -> model.heatMapDomain().valueProperty().set("books"));
        JFreeChart heat = app.chartShown(robot, "correlations-chart");
        assertEquals(List.of("u.activity", "u.days_between_visits", "u.sessions_per_week"),
                List.of(((SymbolAxis) heat.getXYPlot().getDomainAxis()).getSymbols()), "account_years correlates "
                        + "with nothing and stays out");
        XYZDataset cells = (XYZDataset) heat.getXYPlot().getDataset();
        assertEquals(9, cells.getItemCount(0));
        double strongest = 0;
        for (int i = 0; i < 9; i++) {
            if (cells.getXValue(0, i) != cells.getYValue(0, i)) {
                strongest = Math.max(strongest, Math.abs(cells.getZValue(0, i)));
            }
        }
        assertTrue(strongest > 0.9, "activity and sessions per week: r = " + strongest);

        app.tab(robot, "ranking-tab");
        CategoryDataset ranked = app.chartShown(robot, "ranking-chart").getCategoryPlot().getDataset();
        assertTrue(ranked.getColumnCount() >= 5, "bars for the ranked features: " + ranked.getColumnKeys());
        @SuppressWarnings("unchecked")
        Spinner<Integer> k = robot.lookup("#keep-k").queryAs(Spinner.class);
        robot.interact(() -> k.getValueFactory().setValue(5));
        robot.clickOn("#keep-top-k");
        assertEquals(5, document.file().features.topK);
        assertTrue(document.dirtyProperty().get(), "the project has changed and is not saved yet");
        assertTrue(app.dialogs.notifications.contains("The project keeps the top 5 side features (features.topK = 5) "
                + "from its next run"), app.dialogs.notifications.toString());

        // hints beside the evidence: the distance hint marks the A-distance statement, the redundancy one the heat map
        SampleWorkbench.clickHint(robot, "hints-diagnostics", "domain-distance");
        assertTrue(distance.getStyleClass().contains(DiagnosticsView.HIGHLIGHT), distance.getStyleClass().toString());
        robot.interact(() -> model.heatMapDomain().valueProperty().set("books"));
        PlacedHint redundant = SampleWorkbench.clickHint(robot, "hints-diagnostics", "redundant-features");
        assertTrue(redundant.hint().message().contains(" in movies"), redundant.hint().message());
        assertEquals("movies", model.heatMapDomain().get(), "the heat map of the domain the hint names");
        TabPane charts = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(p -> p.getTabs().stream().anyMatch(t -> "correlations-tab".equals(t.getId()))).findFirst()
                .orElseThrow();
        assertEquals("correlations-tab", charts.getSelectionModel().getSelectedItem().getId());
        assertTrue(!distance.getStyleClass().contains(DiagnosticsView.HIGHLIGHT), "one mark at a time");
    }
}
