package org.recbridge.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.analysis.hints.Hint;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.eval.Verdict;
import org.recbridge.experiment.DomainImports;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.RunFailure;
import org.recbridge.experiment.SummaryRow;
import org.recbridge.report.html.HtmlReport;
import org.recbridge.ui.TinyProjects;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.SynchronousJobService;
import org.recbridge.ui.project.ProjectDocument;
import org.recbridge.ui.run.RunViewModel;

public class ResultsViewModelTest {
    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ProjectDocument document = new ProjectDocument();
    private final ResultsViewModel model = new ResultsViewModel(document, new SynchronousJobService(), dialogs);

    /** target-only (baseline) and pooled, linear and fm, all and cold users, AUC and HR@10, 3 seeds. */
    public static ExperimentResults results() {
        List<SummaryRow> rows = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        for (String strategy : List.of("target-only", "pooled")) {
            for (String learner : List.of("linear", "fm")) {
                for (String group : List.of("all", "cold")) {
                    double auc = strategy.equals("pooled") ? 0.70 : 0.60;
                    rows.add(new SummaryRow(strategy, learner, group, "AUC", auc, auc - 0.02, auc + 0.02, 3));
                    rows.add(new SummaryRow(strategy, learner, group, "HR@10", 0.12, 0.10, 0.14, 3));
                    if (strategy.equals("pooled")) {
                        boolean negative = learner.equals("fm") && group.equals("cold");
                        comparisons.add(new Comparison(strategy, learner, "target-only", group, "AUC", 3,
                                negative ? -0.05 : 0.1, 0.05, 0.15, 0.95, 5, 0.01, 0.25, 3, 0, 0,
                                negative ? Verdict.WORSE : Verdict.BETTER, negative, 0.005));
                    }
                }
            }
        }
        return new ExperimentResults(1, "Sample", "2026-01-01T10:00:00Z", "classification", "cold-start",
                List.of(1L, 2L, 3L), List.of("AUC", "HR@10"), List.of(), List.of(), rows, List.of(), comparisons,
                List.of("movies: 10 rows"), null, null, null, List.of(new Hint("r", "warning", "Look out")), null, null);
    }

    @Test
    void withoutResultsEverythingIsEmptyAndExportIsOff() {
        assertTrue(model.rows().isEmpty());
        assertFalse(model.hasResults().get());
        assertNull(model.chartProperty().get());
        assertTrue(model.heading().get().startsWith("No results yet"));
    }

    @Test
    void failedRunsComeFirstAmongTheNotes() {
        ExperimentResults r = results();
        document.setResults(new ExperimentResults(r.formatVersion(), r.project(), r.createdAt(), r.task(), r.protocol(),
                r.seeds(), r.metrics(), r.records(), r.runs(), r.summary(), r.overlap(), r.comparisons(), r.notes(),
                null, null, null, r.hints(),
                List.of(new RunFailure("pooled", "fm", 2, "one class only")), null));
        assertEquals(List.of("FAILED: pooled with fm, seed 2: one class only", "movies: 10 rows"), model.notes());
    }

    @Test
    void rowsShowMeanAndIntervalVerdictAndNegativeTransfer() {
        document.setResults(results());
        assertEquals(8, model.rows().size());
        ResultRow baseline = model.rows().get(0);
        assertEquals("target-only", baseline.strategy());
        assertEquals("0.6000 ± 0.0200", baseline.cell("AUC"));
        assertEquals("baseline", baseline.verdict());
        ResultRow pooledFmCold = find("pooled", "fm", "cold");
        assertEquals("worse", pooledFmCold.verdict());
        assertTrue(pooledFmCold.negativeTransfer());
        assertEquals("better", find("pooled", "linear", "all").verdict());
        assertEquals(List.of("AUC", "HR@10"), model.metrics());
        assertEquals(4, model.comparisons().size());
        assertEquals(List.of("movies: 10 rows"), model.notes());
        assertEquals("Look out", model.hints().get(0).message());
        assertTrue(model.heading().get().startsWith("Sample — task classification, protocol cold-start, 3 seeds"));
    }

    @Test
    void filtersByTextGroupAndLearner() {
        document.setResults(results());
        model.filterTextProperty().set("POOL");
        assertEquals(4, model.rows().size());
        model.groupFilterProperty().set("cold");
        assertEquals(2, model.rows().size());
        model.learnerFilterProperty().set("fm");
        assertEquals(List.of(find("pooled", "fm", "cold")), List.copyOf(model.rows()));
        model.filterTextProperty().set("negative");
        assertEquals(1, model.rows().size());
        model.filterTextProperty().set("");
        model.groupFilterProperty().set(ResultsViewModel.ANY_GROUP);
        model.learnerFilterProperty().set(ResultsViewModel.ANY_LEARNER);
        assertEquals(8, model.rows().size());
        assertEquals(List.of(ResultsViewModel.ANY_GROUP, "all", "cold"), model.groupChoices());
    }

    @Test
    void theChartShowsTheDifferencesFromTheBaselineFirstAndTheBarsOnRequestFromZeroOrNearTheData() {
        document.setResults(results());
        assertEquals(ResultsViewModel.ChartKind.DIFFERENCES, model.chartKindProperty().get());
        var forest = model.chartProperty().get().getCategoryPlot();
        assertEquals(org.jfree.chart.plot.PlotOrientation.HORIZONTAL, forest.getOrientation(), "a row per strategy");
        model.highlight("pooled", "linear", "AUC");
        assertEquals(java.awt.Font.BOLD, model.chartProperty().get().getCategoryPlot().getDomainAxis()
                .getTickLabelFont("pooled").getStyle(), "the hint's strategy stands out");
        model.chartKindProperty().set(ResultsViewModel.ChartKind.VALUES);
        assertEquals(0.0, model.chartProperty().get().getCategoryPlot().getRangeAxis().getLowerBound());
        model.barsFromZeroProperty().set(false);
        assertTrue(model.chartProperty().get().getCategoryPlot().getRangeAxis().getLowerBound() > 0,
                "near the data");
        assertTrue(model.fileName().startsWith("comparison-AUC-"), model.fileName());
    }

    @Test
    void aHintOutlinesItsStrategysBarsInItsLearnersChartUntilNewResultsCome() {
        document.setResults(results());
        model.chartKindProperty().set(ResultsViewModel.ChartKind.VALUES);
        model.chartMetricProperty().set("HR@10");
        model.highlight("pooled", "fm", "AUC");
        assertEquals("fm", model.chartLearnerProperty().get());
        assertEquals("AUC", model.chartMetricProperty().get());
        StatisticalBarRenderer bars = (StatisticalBarRenderer) model.chartProperty().get().getCategoryPlot()
                .getRenderer();
        assertTrue(bars.isDrawBarOutline());
        assertEquals(3.5f, ((BasicStroke) bars.getSeriesOutlineStroke(1)).getLineWidth(), "pooled, the second row");
        assertEquals(0.5f, ((BasicStroke) bars.getSeriesOutlineStroke(0)).getLineWidth());
        assertEquals(Color.BLACK, bars.getSeriesOutlinePaint(1));
        assertTrue(((StatisticalBarRenderer) model.freshChart().getCategoryPlot().getRenderer()).isDrawBarOutline(),
                "exports show the outline too");
        document.setResults(results().withInsights(null, List.of())); // equal results would not be news
        assertNull(model.highlightedProperty().get(), "a new run: the hint was about the old one");
        assertFalse(((StatisticalBarRenderer) model.chartProperty().get().getCategoryPlot().getRenderer())
                .isDrawBarOutline());
    }

    @Test
    void theChartFollowsTheChosenMetricAndLearner() {
        document.setResults(results());
        assertEquals("AUC", model.chartMetricProperty().get());
        assertEquals("linear", model.chartLearnerProperty().get());
        assertNotNull(model.chartProperty().get());
        assertNotNull(model.chartProperty().get());
        var before = model.chartProperty().get();
        model.chartMetricProperty().set("HR@10");
        assertTrue(before != model.chartProperty().get());
        document.setResults(results());
        assertEquals("HR@10", model.chartMetricProperty().get(), "a new run keeps the chosen metric");
    }

    @Test
    void exportsTheShownRowsAndTheChart() throws Exception {
        document.setResults(results());
        model.filterTextProperty().set("fm");
        Path csv = dir.resolve("table.csv");
        dialogs.fileAnswers.add(Optional.of(csv));
        model.exportTable(model.rows());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("strategy,learner,users,AUC mean,AUC lower,AUC upper,HR@10 mean,HR@10 lower,HR@10 upper,"
                + "verdict,negative transfer", lines.get(0));
        assertEquals(5, lines.size());
        assertTrue(lines.contains("pooled,fm,cold,0.7,0.6799999999999999,0.72,0.12,0.1,0.14,worse,true"),
                String.join("\n", lines));

        Path png = dir.resolve("chart.png");
        Path svg = dir.resolve("chart.svg");
        dialogs.fileAnswers.add(Optional.of(png));
        model.exports().png(model);
        dialogs.fileAnswers.add(Optional.of(svg));
        model.exports().svg(model);
        assertTrue(Files.size(png) > 1000);
        assertTrue(Files.readString(svg).contains("<svg"));
        assertEquals(3, dialogs.notifications.size());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void exportsTheHtmlReportOfTheResultsShown() throws Exception {
        Path file = TinyProjects.write(dir);
        document.replace(ProjectIO.parse(file), file, null);
        new RunViewModel(document, new SynchronousJobService(), dialogs, DomainImports.FROM_FILES).run();
        Path html = dir.resolve("report.html");
        dialogs.fileAnswers.add(Optional.of(html));
        model.exportReport();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html.toFile(), "UTF-8");
        for (String section : HtmlReport.SECTIONS) {
            assertNotNull(page.getElementById(section), section + " is missing from the report");
        }
        assertTrue(page.select("svg").size() >= 2, "charts are embedded as SVG");
        assertTrue(page.text().contains("Tiny transfer"));
        assertFalse(page.text().contains("the experiment took"), "a reopened run's wall time is not known");
    }

    @Test
    void aReportOfAProjectThatNoLongerValidatesSaysWhy() throws Exception {
        Path file = TinyProjects.write(dir);
        document.replace(ProjectIO.parse(file), file, results());
        document.edit(f -> f.seeds = new ArrayList<>(List.of(1L, 1L)));
        model.exportReport();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("seeds"), dialogs.errors.get(0));
    }

    @Test
    void aFailedExportIsShown() {
        document.setResults(results());
        dialogs.fileAnswers.add(Optional.of(dir.resolve("no/such/folder/table.csv")));
        model.exportTable(model.rows());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Cannot write table.csv"), dialogs.errors.get(0));
    }

    private ResultRow find(String strategy, String learner, String group) {
        return model.rows().stream().filter(r -> r.strategy().equals(strategy) && r.learner().equals(learner)
                && r.group().equals(group)).findFirst().orElseThrow();
    }
}
