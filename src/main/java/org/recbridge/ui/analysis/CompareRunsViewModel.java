package org.recbridge.ui.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jfree.chart.JFreeChart;
import org.recbridge.experiment.ErrorMessages;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.report.ResultsFiles;
import org.recbridge.chart.RunComparisonChart;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;
import org.recbridge.ui.project.ProjectDocument;

/**
 * Two runs of the same project side by side in the comparison chart: "before" is a saved results.json the
 * person opens, "after" the document's current results unless another saved one is opened. Files are read in
 * background jobs; results of another project are refused.
 */
public final class CompareRunsViewModel extends AnalysisChartModel<CompareRunsViewModel.Pair> {
    private static final List<DialogService.FileFilter> JSON =
            List.of(new DialogService.FileFilter("Results (results.json)", List.of("*.json")));

    /** The two runs compared; either may be missing. */
    public record Pair(ExperimentResults before, ExperimentResults after) {
    }

    private final ProjectDocument document;
    private final JobService jobs;
    private final DialogService dialogs;
    private final ObjectProperty<ExperimentResults> before = new SimpleObjectProperty<>();
    private final ObjectProperty<ExperimentResults> openedAfter = new SimpleObjectProperty<>();
    private final ObjectProperty<Pair> pair = new SimpleObjectProperty<>();
    private final Choice<String> metric = new Choice<>();
    private final Choice<String> learner = new Choice<>();
    private final StringBinding description;

    public CompareRunsViewModel(ProjectDocument document, JobService jobs, DialogService dialogs) {
        this(document, jobs, dialogs, new SimpleObjectProperty<>());
    }

    private CompareRunsViewModel(ProjectDocument document, JobService jobs, DialogService dialogs,
                                 ObjectProperty<Pair> source) {
        super(source);
        this.document = document;
        this.jobs = jobs;
        this.dialogs = dialogs;
        source.bind(Bindings.createObjectBinding(() -> new Pair(before.get(), openedAfter.get() != null
                ? openedAfter.get() : document.resultsProperty().get()), before, openedAfter,
                document.resultsProperty()));
        pair.bind(source);
        description = Bindings.createStringBinding(() -> describe(pair.get()), pair);
        start(metric.valueProperty(), learner.valueProperty());
    }

    @Override
    void offerChoices(Pair p) {
        metric.offer(p == null || p.after() == null ? List.of() : p.after().metrics());
        learner.offer(p == null || p.after() == null ? List.of() : List.copyOf(new LinkedHashSet<>(
                p.after().summary().stream().map(s -> s.learner()).toList())));
    }

    @Override
    JFreeChart draw(Pair p) {
        return p.before() == null || p.after() == null || metric.get() == null || learner.get() == null ? null
                : RunComparisonChart.create(p.before(), p.after(), metric.get(), learner.get());
    }

    /** Opens the earlier run's results.json. */
    public void openBefore() {
        open("Open the earlier run's results", before, Pair::after);
    }

    /** Opens another saved run as the later one, instead of the current results. */
    public void openAfter() {
        open("Open the later run's results", openedAfter, Pair::before);
    }

    /** {@code other}: the run it is compared with, which must be of the same project. */
    private void open(String title, ObjectProperty<ExperimentResults> into,
                      java.util.function.Function<Pair, ExperimentResults> other) {
        dialogs.chooseOpenFile(title, JSON, document.baseDirectory().resolve("results")).ifPresent(file -> jobs.submit(
                "Reading " + file.getFileName(), (progress, cancel) -> ResultsFiles.readJson(file), r -> {
                    ExperimentResults with = other.apply(pair.get());
                    if (with != null && !with.project().equals(r.project())) {
                        dialogs.showError("Results of another project", file + " holds results of \"" + r.project()
                                + "\", not of \"" + with.project() + "\": only runs of one project compare.");
                    } else {
                        into.set(r);
                    }
                }, error -> dialogs.showError("Cannot read " + file.getFileName(), ErrorMessages.oneLine(error)),
                () -> { }));
    }

    private static String describe(Pair p) {
        if (p == null || p.after() == null) {
            return "Run the project (or open a saved run as \"after\"), then open an earlier results.json as \"before\".";
        }
        if (p.before() == null) {
            return "After: the run of " + p.after().createdAt() + ". Open an earlier results.json of this project as "
                    + "\"before\".";
        }
        return "Before: the run of " + p.before().createdAt() + "; after: the run of " + p.after().createdAt() + ".";
    }

    @Override
    public String fileName() {
        return "compare-runs-" + metric.get() + "-" + learner.get();
    }

    public StringBinding description() {
        return description;
    }

    public Choice<String> metric() {
        return metric;
    }

    public Choice<String> learner() {
        return learner;
    }
}
