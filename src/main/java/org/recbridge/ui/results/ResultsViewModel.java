package org.recbridge.ui.results;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jfree.chart.JFreeChart;
import org.recbridge.analysis.hints.Hint;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.chart.ComparisonChartFactory;
import org.recbridge.experiment.ErrorMessages;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectValidator;
import org.recbridge.report.TrainingSummary;
import org.recbridge.report.html.HtmlReport;
import org.recbridge.chart.ComparisonChartFactory;
import org.recbridge.chart.ForestPlot;
import org.recbridge.ui.common.BackgroundJob;
import org.recbridge.ui.common.ChartExports;
import org.recbridge.ui.common.ChartModel;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;
import org.recbridge.ui.common.ProjectProblems;
import org.recbridge.ui.project.ProjectDocument;

/**
 * The results of the document's last run, as the Results screen shows them: the table (filtered by text,
 * user group and learner), the comparisons with the baseline, the training table, hints and notes, and the
 * comparison chart for a chosen metric and learner. Exports go through the dialog service and run as jobs.
 */
public final class ResultsViewModel implements ChartModel {
    public static final String ANY_GROUP = "every user group";
    public static final String ANY_LEARNER = "every learner";

    /** What the comparison chart shows. */
    public enum ChartKind {
        DIFFERENCES("differences"), VALUES("values");

        private final String words;

        ChartKind(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    private static final List<DialogService.FileFilter> HTML =
            List.of(new DialogService.FileFilter("HTML pages (*.html)", List.of("*.html")));
    private static final List<DialogService.FileFilter> CSV =
            List.of(new DialogService.FileFilter("CSV files (*.csv)", List.of("*.csv")));

    private final ProjectDocument document;
    private final JobService jobs;
    private final DialogService dialogs;
    private final ChartExports exports;
    private final ModelExportAction modelExport;
    private final ObjectProperty<ResultRow> selectedRow = new SimpleObjectProperty<>();
    private final BooleanBinding canExportModel;

    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ResultRow> shown = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<String> groupFilter = new SimpleObjectProperty<>(ANY_GROUP);
    private final ObjectProperty<String> learnerFilter = new SimpleObjectProperty<>(ANY_LEARNER);
    private final ObservableList<String> groupChoices = FXCollections.observableArrayList(ANY_GROUP);
    private final ObservableList<String> learnerChoices = FXCollections.observableArrayList(ANY_LEARNER);
    private final ObservableList<String> metrics = FXCollections.observableArrayList();
    private final ObservableList<String> learners = FXCollections.observableArrayList();
    private final ObservableList<Comparison> comparisons = FXCollections.observableArrayList();
    private final ObservableList<TrainingSummary> training = FXCollections.observableArrayList();
    private final ObservableList<Hint> hints = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObjectProperty<String> chartMetric = new SimpleObjectProperty<>();
    private final ObjectProperty<String> chartLearner = new SimpleObjectProperty<>();
    private final ObjectProperty<String> highlighted = new SimpleObjectProperty<>();
    private final ObjectProperty<ChartKind> chartKind = new SimpleObjectProperty<>(ChartKind.DIFFERENCES);
    private final BooleanProperty barsFromZero = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Hint> openedHint = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding hasResults;
    private final StringBinding heading;
    private boolean showing;

    public ResultsViewModel(ProjectDocument document, JobService jobs, DialogService dialogs) {
        this.document = document;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.exports = new ChartExports(dialogs, jobs, document::baseDirectory);
        hasResults = document.resultsProperty().isNotNull();
        modelExport = new ModelExportAction(document, jobs, dialogs);
        canExportModel = selectedRow.isNotNull().and(modelExport.busyProperty().not());
        heading = Bindings.createStringBinding(() -> heading(document.resultsProperty().get()),
                document.resultsProperty());
        filterText.addListener((o, a, b) -> refilter());
        groupFilter.addListener((o, a, b) -> refilter());
        learnerFilter.addListener((o, a, b) -> refilter());
        chartMetric.addListener((o, a, b) -> rechart());
        chartLearner.addListener((o, a, b) -> rechart());
        highlighted.addListener((o, a, b) -> rechart());
        chartKind.addListener((o, a, b) -> rechart());
        barsFromZero.addListener((o, a, b) -> rechart());
        document.resultsProperty().addListener((o, a, b) -> show(b));
        show(document.resultsProperty().get());
    }

    private void show(ExperimentResults r) {
        showing = true; // one chart for the new results, not one per choice updated on the way
        String metric = chartMetric.get();
        String learner = chartLearner.get();
        rows.setAll(r == null ? List.of() : ResultRows.of(r, ResultRows.baseline(r)));
        metrics.setAll(r == null ? List.of() : r.metrics());
        learners.setAll(distinct(rows.stream().map(ResultRow::learner).toList()));
        groupChoices.setAll(ANY_GROUP);
        groupChoices.addAll(distinct(rows.stream().map(ResultRow::group).toList()));
        learnerChoices.setAll(ANY_LEARNER);
        learnerChoices.addAll(learners);
        comparisons.setAll(r == null ? List.of() : r.comparisons());
        training.setAll(r == null ? List.of() : TrainingSummary.of(r));
        hints.setAll(r == null ? List.of() : r.hints());
        notes.setAll(r == null ? List.of() : r.failures().stream().map(f -> "FAILED: " + f.toLine()).toList());
        if (r != null) {
            notes.addAll(r.notes());
        }
        if (!groupChoices.contains(groupFilter.get())) {
            groupFilter.set(ANY_GROUP);
        }
        if (!learnerChoices.contains(learnerFilter.get())) {
            learnerFilter.set(ANY_LEARNER);
        }
        // keep the chart's metric and learner across runs when they still exist
        chartMetric.set(metrics.contains(metric) ? metric : metrics.isEmpty() ? null : metrics.get(0));
        chartLearner.set(learners.contains(learner) ? learner : learners.isEmpty() ? null : learners.get(0));
        highlighted.set(null); // a hint about other results
        showing = false;
        rechart();
    }

    private void refilter() {
        String text = filterText.get() == null ? "" : filterText.get().trim().toLowerCase(Locale.ROOT);
        String group = groupFilter.get();
        String learner = learnerFilter.get();
        shown.setPredicate(r -> (text.isEmpty() || r.mentions(text))
                && (group == null || ANY_GROUP.equals(group) || r.group().equals(group))
                && (learner == null || ANY_LEARNER.equals(learner) || r.learner().equals(learner)));
    }

    private void rechart() {
        if (showing) {
            return;
        }
        ExperimentResults r = document.resultsProperty().get();
        chart.set(r == null || chartMetric.get() == null || chartLearner.get() == null ? null : draw(r));
    }

    /**
     * The forest plot of the differences from the baseline (the bars when the learner has no comparisons), or the
     * bars of the chosen metric.
     */
    private JFreeChart draw(ExperimentResults r) {
        JFreeChart forest = chartKind.get() == ChartKind.DIFFERENCES
                ? ForestPlot.create(r, chartLearner.get(), ComparisonChartFactory.palette(r), highlighted.get()) : null;
        return forest != null ? forest
                : ComparisonChartFactory.chart(r, chartMetric.get(), chartLearner.get(), highlighted.get(),
                barsFromZero.get());
    }

    /**
     * Points the comparison chart at a hint's subject: its learner and metric (each when the results have it) and
     * {@code strategy}'s bars outlined; a null strategy clears the outline. One chart is drawn, not one per change.
     */
    public void highlight(String strategy, String learner, String metric) {
        showing = true;
        if (learner != null && learners.contains(learner)) {
            chartLearner.set(learner);
        }
        if (metric != null && metrics.contains(metric)) {
            chartMetric.set(metric);
            List<Comparison> compared = comparisons;
            if (!compared.isEmpty() && !compared.get(0).metric().equals(metric)) {
                chartKind.set(ChartKind.VALUES); // the differences are on the main metric only
            }
        }
        highlighted.set(strategy);
        showing = false;
        rechart();
    }

    /** Writes the rows as shown ({@code visibleRows}: filtered and in the table's sort order) to a CSV file. */
    public void exportTable(List<ResultRow> visibleRows) {
        List<ResultRow> snapshot = List.copyOf(visibleRows);
        List<String> columns = List.copyOf(metrics);
        export("Export the table", CSV, "results-table.csv", file -> ResultRows.writeCsv(snapshot, columns, file));
    }

    /**
     * Writes the self-contained HTML report the command line's {@code run --report} writes, for the results shown
     * and the project as it is now (its settings must still validate). The wall time of a reopened run is not
     * known, so the report leaves it out.
     */
    public void exportReport() {
        ExperimentResults r = document.resultsProperty().get();
        if (r == null) {
            return;
        }
        Project project;
        try {
            project = ProjectValidator.validate(document.projectFile(), document.file());
        } catch (ProjectException e) {
            dialogs.showError("The report needs a valid project", ProjectProblems.forWindow(e));
            return;
        }
        export("Export the report", HTML, "report.html", file -> HtmlReport.write(r, project, Double.NaN, file));
    }

    /**
     * Exports the model of the selected row's strategy and learner as {@code run --export-models} does, training
     * that run again first (the workbench keeps no models) and checking it reproduces the recorded metrics.
     */
    public void exportModel() {
        exportModel(dir -> { });
    }

    /** {@link #exportModel()}, then {@code exported} given the model's folder once it is written. */
    public void exportModel(java.util.function.Consumer<Path> exported) {
        modelExport.export(selectedRow.get(), exported);
    }

    /** The results row the table has selected, the one {@link #exportModel} exports. */
    public ObjectProperty<ResultRow> selectedRowProperty() {
        return selectedRow;
    }

    public BooleanBinding canExportModel() {
        return canExportModel;
    }

    /** PNG and SVG export of the comparison chart, as every chart of the workbench exports. */
    public ChartExports exports() {
        return exports;
    }

    /** A chart of its own for the export job: the one on screen is drawn by the FX thread meanwhile. */
    @Override
    public JFreeChart freshChart() {
        ExperimentResults r = document.resultsProperty().get();
        return r == null || chartMetric.get() == null || chartLearner.get() == null ? null : draw(r);
    }

    @Override
    public String fileName() {
        return (chartKind.get() == ChartKind.DIFFERENCES ? "differences-" : "comparison-" + chartMetric.get() + "-")
                + chartLearner.get();
    }

    private interface FileWriter {
        void write(Path file) throws Exception;
    }

    private void export(String title, List<DialogService.FileFilter> filter, String name, FileWriter writer) {
        dialogs.chooseSaveFile(title, filter, document.baseDirectory(), name).ifPresent(file -> {
            BackgroundJob<Path> job = (progress, cancel) -> {
                writer.write(file);
                return file;
            };
            jobs.submit(title, job, written -> dialogs.notify("Wrote " + written),
                    error -> dialogs.showError("Cannot write " + file.getFileName(), ErrorMessages.oneLine(error)),
                    () -> { });
        });
    }

    private static String heading(ExperimentResults r) {
        if (r == null) {
            return "No results yet: run the project (Run ▸ Run Project, Ctrl+R).";
        }
        return String.format(Locale.ROOT, "%s — task %s, protocol %s, %d seed%s, run %s; mean ± 95%% interval "
                        + "over seeds", r.project(), r.task(), r.protocol(), r.seeds().size(),
                r.seeds().size() == 1 ? "" : "s", r.createdAt().length() >= 16 ? r.createdAt().substring(0, 16)
                        .replace('T', ' ') : r.createdAt());
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    public BooleanBinding hasResults() {
        return hasResults;
    }

    public StringBinding heading() {
        return heading;
    }

    /** The rows that pass the filters, in results order (the table sorts its own view of them). */
    public ObservableList<ResultRow> rows() {
        return shown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<String> groupFilterProperty() {
        return groupFilter;
    }

    public ObjectProperty<String> learnerFilterProperty() {
        return learnerFilter;
    }

    public ObservableList<String> groupChoices() {
        return groupChoices;
    }

    public ObservableList<String> learnerChoices() {
        return learnerChoices;
    }

    public ObservableList<String> metrics() {
        return metrics;
    }

    /** The learners a chart can show. */
    public ObservableList<String> learners() {
        return learners;
    }

    public ObservableList<Comparison> comparisons() {
        return comparisons;
    }

    public ObservableList<TrainingSummary> training() {
        return training;
    }

    public ObservableList<Hint> hints() {
        return hints;
    }

    /** A hint clicked in the Hints list: the window opens the chart that shows its number. */
    public void openHint(Hint hint) {
        openedHint.set(null); // the same hint clicked twice opens its chart twice
        openedHint.set(hint);
    }

    /** The last hint clicked here (null between clicks). */
    public ReadOnlyObjectProperty<Hint> openedHint() {
        return openedHint.getReadOnlyProperty();
    }

    public ObservableList<String> notes() {
        return notes;
    }

    public ObjectProperty<String> chartMetricProperty() {
        return chartMetric;
    }

    public ObjectProperty<String> chartLearnerProperty() {
        return chartLearner;
    }

    /** The forest plot of differences from the baseline, or bars of one metric's values. */
    public ObjectProperty<ChartKind> chartKindProperty() {
        return chartKind;
    }

    /** Whether the bars' value axis starts at 0 (lengths compare) or near the data (small differences show). */
    public BooleanProperty barsFromZeroProperty() {
        return barsFromZero;
    }

    /** The strategy whose bars are outlined because a hint about it was opened; null: none. */
    public ReadOnlyObjectProperty<String> highlightedProperty() {
        return highlighted;
    }

    @Override
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }
}
