package org.recbridge.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.general.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.analysis.hints.Hint;
import org.recbridge.analysis.hints.HintSubject;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.report.ResultsFiles;
import org.testfx.api.FxRobot;

/**
 * The Analysis screen (headless) on the two sample projects it is made for, opened from the workbench's sample list
 * and run by its Run screen: every chart on screen with data, the learning curve run from the screen, and hints that
 * open their evidence. To keep the suite short overfitting-and-budgets runs one seed instead of three (set through the
 * project document, as the Experiment screen would); data, strategies, learners and analysis are the samples' own.
 */
class AnalysisSamplesFxTest extends SampleScreenFxTest {
    @TempDir
    Path dir;

    @Test
    void overfittingAndBudgetsShowsCurvesSweepsLearningCurvesRocAndTwoRunsSideBySide(FxRobot robot)
            throws Exception {
        app.open(robot, "overfitting-and-budgets");
        robot.interact(() -> app.workbench.document().edit(p -> p.seeds = new ArrayList<>(List.of(1L))));
        long started = System.nanoTime();
        ExperimentResults results = app.run(robot);
        System.out.printf("overfitting-and-budgets, 1 seed: ran in %.1f s%n", (System.nanoTime() - started) / 1e9);
        AnalysisViewModel model = app.workbench.analysis();
        app.screen(robot, "Analysis");

        app.tab(robot, "overfitting-tab");
        XYPlot curves = app.chartShown(robot, "overfitting-chart").getXYPlot();
        assertEquals(List.of("target-only validation", "pooled validation"), List.of(curves.getDataset(0)
                .getSeriesKey(0), curves.getDataset(1).getSeriesKey(0)), "both strategies overlaid");

        app.tab(robot, "sweep-tab");
        assertEquals(2, model.sweeps().sweep().items().size(), "the L2 and the factor sweep: " + results.sweeps());
        for (String sweep : List.copyOf(model.sweeps().sweep().items())) {
            robot.interact(() -> model.sweeps().sweep().valueProperty().set(sweep));
            app.chartShown(robot, "sweep-chart");
        }

        app.tab(robot, "learning-curve-tab");
        assertEquals(List.of("target-only", "pooled"), seriesNames(app.chartShown(robot, "learning-curve-chart")));
        app.tab(robot, "roc-tab");
        app.chartShown(robot, "roc-chart");

        // a saved run beside the current one (a second run after a change of settings would cost another minute)
        Path before = dir.resolve("before.json");
        ResultsFiles.writeJson(results, before);
        app.tab(robot, "compare-runs-tab");
        app.dialogs.fileAnswers.add(Optional.of(before));
        robot.clickOn("#open-before");
        SampleWorkbench.waitUntil(30, () -> model.compareRuns().chartProperty().get() != null);
        JFreeChart compared = app.chartShown(robot, "compare-runs-chart");
        assertEquals(List.of("target-only · before", "target-only · after", "pooled · before", "pooled · after"),
                compared.getCategoryPlot().getDataset().getRowKeys());
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors.toString());
    }

    @Test
    void featureVsModelTransferRunsALearningCurveFromTheScreenAndItsHintsOpenTheirCurveBarAndDistance(FxRobot robot)
            throws Exception {
        app.open(robot, "feature-vs-model-transfer");
        // its own three seeds: the fewest on which a hint states a measured effect ("transfer pays off")
        long started = System.nanoTime();
        app.run(robot);
        System.out.printf("feature-vs-model-transfer, 3 seeds: ran in %.1f s%n", (System.nanoTime() - started) / 1e9);
        AnalysisViewModel model = app.workbench.analysis();
        List<String> strategies = List.of("target-only", "feature-transfer", "model-transfer", "hybrid");
        app.screen(robot, "Analysis");

        app.tab(robot, "overfitting-tab");
        XYPlot curves = app.chartShown(robot, "overfitting-chart").getXYPlot();
        assertEquals(2, curves.getDatasetCount(), "the baseline and one strategy, not every curve tangled");
        assertTrue(curves.getRenderer(1) instanceof org.jfree.chart.renderer.xy.XYDifferenceRenderer,
                "feature-transfer's gap shaded");
        assertEquals(List.of("target-only", "feature-transfer"), List.copyOf(model.overfitting().shown()));
        app.tab(robot, "roc-tab");
        List<String> roc = seriesNames(app.chartShown(robot, "roc-chart"));
        assertTrue(strategies.stream().allMatch(s -> roc.stream().anyMatch(n -> n.startsWith(s + " "))), roc.toString());
        app.tab(robot, "sweep-tab");
        assertNull(model.sweeps().chartProperty().get(), "the sample asks for no sweeps");

        app.tab(robot, "learning-curve-tab");
        assertNull(model.learningCurves().chartProperty().get(), "no budgets in the sample's analysis section");
        robot.interact(() -> robot.lookup("#budgets").queryAs(TextField.class).setText("50, 100"));
        robot.clickOn("#run-learning-curve");
        SampleWorkbench.waitUntil(900, () -> !model.learningCurves().runningProperty().get()
                && model.learningCurves().chartProperty().get() != null);
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors.toString());
        assertEquals(strategies, seriesNames(app.chartShown(robot, "learning-curve-chart")));

        // the overfitting hint draws its run's curves bold
        app.tab(robot, "overfitting-tab");
        PlacedHint overfitting = SampleWorkbench.clickHint(robot, "hints-overfitting", "overfitting-epochs");
        HintSubject subject = HintSubject.of(overfitting.hint(), app.workbench.document().resultsProperty().get())
                .orElseThrow();
        assertEquals(subject.strategy(), model.overfitting().highlightedProperty().get());
        assertTrue(strategies.contains(subject.strategy()), subject.toString());

        // the transfer-pays-off hint opens the Results screen with that strategy's row of the forest plot in bold
        PlacedHint paysOff = SampleWorkbench.clickHint(robot, "hints-overfitting", "transfer-pays-off");
        // about the largest gain: feature-transfer's or hybrid's (feature transfer plus a source model's score),
        // which lie within 0.002 AUC of each other for cold users
        String paid = HintSubject.of(paysOff.hint(), app.workbench.document().resultsProperty().get()).orElseThrow()
                .strategy();
        assertTrue(List.of("feature-transfer", "hybrid").contains(paid), paid);
        assertTrue(paysOff.hint().message().startsWith(paid + " (linear)"), paysOff.hint().message());
        TabPane main = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("Results", main.getSelectionModel().getSelectedItem().getText());
        assertEquals(paid, app.workbench.results().highlightedProperty().get());
        JFreeChart forest = app.chartShown(robot, "comparison-chart");
        assertEquals(java.awt.Font.BOLD, forest.getCategoryPlot().getDomainAxis().getTickLabelFont(paid)
                .getStyle(), "the strategy's row stands out");

        // the domain-distance hint opens the Diagnostics screen with the run's A-distance statement marked
        app.screen(robot, "Analysis");
        SampleWorkbench.clickHint(robot, "hints-overfitting", "domain-distance");
        assertEquals("Diagnostics", main.getSelectionModel().getSelectedItem().getText());
        Label distance = robot.lookup("#a-distance").queryAs(Label.class);
        assertTrue(distance.getText().startsWith("Proxy A-distance movies → books"), distance.getText());
        assertTrue(distance.getStyleClass().contains(DiagnosticsView.HIGHLIGHT), distance.getStyleClass().toString());

        // a hint clicked in the Results screen's own Hints list opens its chart as well: another strategy's
        // overfitting curves than the ones in bold now
        ExperimentResults results = app.workbench.document().resultsProperty().get();
        String bold = model.overfitting().highlightedProperty().get();
        app.screen(robot, "Results");
        app.tab(robot, "hints-tab");
        Hint fromResults = SampleWorkbench.clickResultsHint(robot, h -> h.rule().equals("overfitting-epochs")
                && !HintSubject.of(h, results).orElseThrow().strategy().equals(bold));
        assertEquals("Analysis", main.getSelectionModel().getSelectedItem().getText());
        assertTrue(robot.lookup("#overfitting-chart").queryAs(ChartViewer.class).isVisible(), "overfitting shown");
        HintSubject fromResultsSubject = HintSubject.of(fromResults, results).orElseThrow();
        assertEquals(fromResultsSubject.strategy(), model.overfitting().highlightedProperty().get());
    }

    /** The series names of the chart's first dataset (a line per strategy). */
    private static List<String> seriesNames(JFreeChart chart) {
        Dataset d = chart.getPlot() instanceof XYPlot xy ? xy.getDataset(0) : chart.getCategoryPlot().getDataset();
        List<String> names = new ArrayList<>();
        if (d instanceof org.jfree.data.xy.XYDataset xy) {
            for (int i = 0; i < xy.getSeriesCount(); i++) {
                names.add(xy.getSeriesKey(i).toString());
            }
        }
        return names;
    }
}
