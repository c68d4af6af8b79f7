package org.recbridge.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.analysis.curves.BudgetPoint;
import org.recbridge.analysis.hints.Hint;
import org.recbridge.analysis.hints.HintSubject;
import org.recbridge.experiment.DomainImports;
import org.recbridge.experiment.RunInfo;
import org.recbridge.report.ResultsFiles;
import org.recbridge.chart.TrainingCurveChart;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.SynchronousJobService;
import org.recbridge.ui.project.ProjectDocument;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The Analysis screen's view models on real results of a tiny project, with synchronous jobs and recorded dialogs. */
class AnalysisViewModelTest {
    @TempDir
    static Path dir;
    private static AnalysisFixture.Ran ran;
    private final ProjectDocument document = new ProjectDocument();
    private final SynchronousJobService jobs = new SynchronousJobService();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AnalysisViewModel model;

    @BeforeAll
    static void results() throws Exception {
        ran = AnalysisFixture.run(dir.resolve("tiny"));
    }

    @BeforeEach
    void open() {
        document.replace(ran.project(), ran.file(), ran.results());
        model = new AnalysisViewModel(document, jobs, dialogs, DomainImports.FROM_FILES);
    }

    @Test
    void overfittingShowsOneStrategyAgainstTheBaselineAndShadesOneGapOnly() {
        List<String> all = List.of("target-only", "source-only", "pooled", "joint");
        assertEquals(List.of("target-only", "source-only"), OverfittingViewModel.firstShown(all, "target-only"));
        assertEquals("source-only", OverfittingViewModel.shaded(List.of("target-only", "source-only"), "target-only",
                null));
        assertNull(OverfittingViewModel.shaded(all, "target-only", null), "several: no shade muddies another");
        assertEquals("joint", OverfittingViewModel.shaded(all, "target-only", "joint"), "the hint's subject");
    }

    @Test
    void overfittingShowsEveryStrategyOfTheFirstLearnerAndSeedUntilToldOtherwise() {
        OverfittingViewModel o = model.overfitting();
        assertEquals(List.of("target-only", "pooled"), o.strategies());
        assertEquals(List.of("target-only", "pooled"), o.shown());
        assertEquals(1L, o.seed().get());
        XYPlot plot = o.chartProperty().get().getXYPlot();
        assertEquals(2, plot.getDatasetCount());
        assertEquals("pooled validation", plot.getDataset(1).getSeriesKey(0));
        o.seed().valueProperty().set(2L);
        o.measure().valueProperty().set(TrainingCurveChart.Measure.LOSS);
        o.shown().setAll("pooled");
        assertEquals(1, o.chartProperty().get().getXYPlot().getDatasetCount());
        assertTrue(o.chartProperty().get().getXYPlot().getRangeAxis().getLabel().startsWith("loss"));
        o.shown().clear();
        assertNull(o.chartProperty().get(), "nothing ticked, nothing drawn");
    }

    @Test
    void choicesSurviveNewResultsWhereTheyStillExist() {
        model.roc().group().valueProperty().set("cold");
        document.setResults(ran.results().withAnalyses(List.of(), List.of()));
        assertEquals("cold", model.roc().group().get());
        assertNull(model.learningCurves().chartProperty().get(), "no curves any more");
        assertNull(model.sweeps().chartProperty().get());
        assertNotNull(model.roc().chartProperty().get());
        document.replace(ran.project(), ran.file(), null);
        assertNull(model.overfitting().chartProperty().get());
        assertTrue(model.hints().isEmpty());
    }

    @Test
    void everyChartOfTheFixtureIsDrawn() {
        assertNotNull(model.sweeps().chartProperty().get());
        assertNotNull(model.learningCurves().chartProperty().get());
        assertNotNull(model.roc().chartProperty().get());
        assertEquals("25, 100", model.learningCurves().budgetsProperty().get(), "the budgets of the curves shown");
    }

    @Test
    void hintsAreNumberedAndOpenTheirChart() {
        List<Hint> hints = new ArrayList<>(List.of(new Hint("overfitting-epochs", "warning", "a"),
                new Hint("learning-curve", "info", "b"), new Hint("domain-distance", "info", "c")));
        document.setResults(ran.results().withInsights(ran.results().diagnostics(), hints));
        assertEquals(List.of(1, 2, 3), model.hints().stream().map(PlacedHint::number).toList());
        assertEquals(List.of(Evidence.OVERFITTING, Evidence.LEARNING_CURVES, Evidence.DIAGNOSTICS),
                model.hints().stream().map(PlacedHint::evidence).toList());
        assertTrue(model.hints().get(0).warning());
        model.open(model.hints().get(1));
        assertEquals(Evidence.LEARNING_CURVES, model.openedProperty().get());
    }

    @Test
    void anOverfittingHintDrawsItsRunsCurvesBoldAndComparisonHintsNameTheirBarForTheWindow() {
        OverfittingViewModel o = model.overfitting();
        o.shown().setAll("target-only");
        o.measure().valueProperty().set(TrainingCurveChart.Measure.LOSS);
        long expectedSeed = ran.results().runs().stream().filter(r -> r.strategy().equals("pooled")
                && r.overfitting() != null).map(RunInfo::seed).findFirst().orElse(o.seed().get());
        document.setResults(ran.results().withInsights(ran.results().diagnostics(), List.of(
                new Hint("overfitting-epochs", "warning", "validation AUC gets worse after epoch 2 while train AUC "
                        + "keeps improving (pooled, linear, 2 of 2 seeds): overfitting"),
                new Hint("transfer-pays-off", "info", "pooled (linear) beats target-only for cold users by AUC "
                        + "+0.0500: transfer pays off for them"),
                new Hint("negative-transfer", "warning", "pooled (linear) is worse than target-only on 2 of 2 seeds "
                        + "for warm users (AUC -0.0300, corrected t-test p = 0.0100): negative transfer"))));

        model.open(model.hints().get(0));
        assertEquals(Evidence.OVERFITTING, model.openedProperty().get());
        assertEquals("pooled", o.highlightedProperty().get());
        assertEquals(List.of("target-only", "pooled"), o.shown(), "the hint's strategy is shown beside the others");
        assertEquals(TrainingCurveChart.Measure.METRIC, o.measure().get());
        assertEquals("linear", o.learner().get());
        assertEquals(expectedSeed, o.seed().get());
        XYPlot plot = o.chartProperty().get().getXYPlot();
        assertEquals("pooled validation", plot.getDataset(1).getSeriesKey(0));
        assertEquals(4.0f, ((BasicStroke) plot.getRenderer(1).getSeriesStroke(0)).getLineWidth(), "pooled bold");
        assertEquals(2.2f, ((BasicStroke) plot.getRenderer(0).getSeriesStroke(0)).getLineWidth());

        model.open(model.hints().get(1));
        assertEquals(Evidence.COMPARISON, model.openedProperty().get());
        assertEquals(new HintSubject("pooled", "linear", "cold", "AUC"), model.openedHint().get().subject());
        model.open(model.hints().get(2));
        assertEquals(Evidence.COMPARISON, model.openedProperty().get());
        assertEquals(new HintSubject("pooled", "linear", "warm", "AUC"), model.openedHint().get().subject(),
                "the flagged strategy, not the baseline the hint also names");
        document.setResults(ran.results());
        assertNull(o.highlightedProperty().get(), "new results: the hint was about the old ones");
    }

    @Test
    void learningCurveActionTrainsTheBudgetsTypedAndAddsTheCurvesToTheResults() {
        LearningCurvesViewModel l = model.learningCurves();
        l.budgetsProperty().set("50%, 100");
        assertTrue(l.canRun().get());
        l.run();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals(List.of(0.5, 1.0), document.resultsProperty().get().learningCurves().get(0).points().stream()
                .map(BudgetPoint::budget).toList());
        assertEquals(ran.results().runs(), document.resultsProperty().get().runs(), "the main run is kept");
        assertEquals(ran.results().sweeps(), document.resultsProperty().get().sweeps());
        assertNotNull(l.chartProperty().get());
        assertFalse(l.runningProperty().get());
        assertEquals(1, jobs.titles.size());
    }

    @Test
    void aLearningCurveThatEndsAfterNewResultsCameLeavesThemAndSaysSo() {
        var newer = ran.results().withNotes(List.of("a run that finished while the curve trained"));
        jobs.meanwhile = () -> document.setResults(newer);
        model.learningCurves().budgetsProperty().set("100");
        model.learningCurves().run();
        assertSame(newer, document.resultsProperty().get());
        assertEquals(List.of("Learning curve not added: new results came while it ran; run it again on them"),
                dialogs.notifications);
        assertFalse(model.learningCurves().runningProperty().get());
    }

    @Test
    void noLearningCurveWhileARunTrains() {
        javafx.beans.property.SimpleBooleanProperty training = new javafx.beans.property.SimpleBooleanProperty(true);
        LearningCurvesViewModel l = model.learningCurves();
        l.blockWhile(training);
        assertFalse(l.canRun().get());
        l.run();
        assertTrue(jobs.titles.isEmpty());
        training.set(false);
        assertTrue(l.canRun().get());
    }

    @Test
    void aBudgetThatIsNoPercentageIsSaidAndNothingRuns() {
        model.learningCurves().budgetsProperty().set("5, lots");
        model.learningCurves().run();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("\"lots\" is not a percentage"), dialogs.errors.get(0));
        assertTrue(jobs.titles.isEmpty());
    }

    @Test
    void anEarlierSavedRunComparesWithTheCurrentResultsButOneOfAnotherProjectIsRefused(@TempDir Path out)
            throws Exception {
        CompareRunsViewModel c = model.compareRuns();
        assertNull(c.chartProperty().get(), "nothing to compare yet");
        Path earlier = out.resolve("earlier.json");
        ResultsFiles.writeJson(ran.results().withAnalyses(List.of(), List.of()), earlier);
        dialogs.fileAnswers.add(Optional.of(earlier));
        c.openBefore();
        assertNotNull(c.chartProperty().get());
        assertTrue(c.description().get().startsWith("Before: the run of"));

        Path foreign = out.resolve("foreign.json");
        ResultsFiles.writeJson(new org.recbridge.experiment.ExperimentResults(1, "another", "t", "classification",
                "warm", List.of(1L), List.of("AUC"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, null, null, null, null), foreign);
        dialogs.fileAnswers.add(Optional.of(foreign));
        c.openAfter();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("another"), dialogs.errors.get(0));
    }

    /** A hand-edited results.json: one dialog naming the file and field, nothing compared, no exception. */
    @Test
    void damagedSavedResultsAreNamedByFieldAndNothingIsCompared(@TempDir Path out) throws Exception {
        CompareRunsViewModel c = model.compareRuns();
        Path earlier = out.resolve("earlier.json");
        ResultsFiles.writeJson(ran.results(), earlier);
        String good = java.nio.file.Files.readString(earlier);
        String bad = good.replaceFirst("\"summary\" : \\[", "\"summary\" : null, \"was\" : [");
        assertFalse(bad.equals(good));
        java.nio.file.Files.writeString(earlier, bad);
        dialogs.fileAnswers.add(Optional.of(earlier));
        c.openBefore();
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(dialogs.errors.get(0).contains(earlier + ", field summary: missing or null"), dialogs.errors.get(0));
        assertNull(c.chartProperty().get());
    }

    @Test
    void svgExportHoldsTheSeriesNames(@TempDir Path out) throws Exception {
        Path file = out.resolve("curves.svg");
        dialogs.fileAnswers.add(Optional.of(file));
        model.exports().svg(model.overfitting());
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        // JFreeSVG names the SVG 1.1 DTD; the test reads the drawing offline
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = xml.newDocumentBuilder().parse(file.toFile());
        NodeList texts = svg.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        // the legend: a strategy once (colour and marker), and the two kinds of line
        for (String series : List.of("target-only", "validation", "train")) {
            assertTrue(words.contains(series), series + " in " + words);
        }
        assertTrue(dialogs.notifications.get(0).startsWith("Wrote "), dialogs.notifications.toString());
    }
}
