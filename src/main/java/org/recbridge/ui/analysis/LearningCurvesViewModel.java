package org.recbridge.ui.analysis;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.jfree.chart.JFreeChart;
import org.recbridge.analysis.curves.AnalysisSettings;
import org.recbridge.analysis.curves.LearningCurve;
import org.recbridge.analysis.curves.LearningCurveRunner;
import org.recbridge.analysis.hints.HintInputs;
import org.recbridge.analysis.hints.Hints;
import org.recbridge.chart.LearningCurveChart;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.DomainImports;
import org.recbridge.experiment.ErrorMessages;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;
import org.recbridge.ui.common.ProjectProblems;
import org.recbridge.ui.project.ProjectDocument;

/**
 * Target-budget learning curves: the chart for a chosen learner, user group and metric, and the "Learning
 * curve…" action, which trains every strategy and learner of the project at the budgets typed (a background
 * job through the engine's {@link LearningCurveRunner}, reusing the last run at the project's own budget) and
 * adds the curves, and the hints drawn from them, to the document's results.
 */
public final class LearningCurvesViewModel extends AnalysisChartModel<ExperimentResults> {
    private final ProjectDocument document;
    private final JobService jobs;
    private final DialogService dialogs;
    private final DomainImports imports;
    private final Choice<String> learner = new Choice<>();
    private final Choice<String> group = new Choice<>();
    private final Choice<String> metric = new Choice<>();
    private final StringProperty budgets = new SimpleStringProperty(Budgets.format(AnalysisSettings.DEFAULT_BUDGETS));
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final BooleanProperty blocked = new SimpleBooleanProperty();
    private final BooleanBinding canRun;
    private JobService.Handle job;

    /** {@code imports}: where the domains come from (the data screen's imports, in the workbench). */
    public LearningCurvesViewModel(ProjectDocument document, JobService jobs, DialogService dialogs,
                                   DomainImports imports) {
        super(document.resultsProperty());
        this.document = document;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.imports = imports;
        canRun = Bindings.createBooleanBinding(() -> !running.get() && !blocked.get()
                && document.resultsProperty().get() != null, running, blocked, document.resultsProperty());
        start(learner.valueProperty(), group.valueProperty(), metric.valueProperty());
    }

    /**
     * No learning curve while {@code busy} holds (the window binds it to a run training): the run's results
     * would replace those the curve is made for, and the curve would be thrown away.
     */
    public void blockWhile(ObservableBooleanValue busy) {
        blocked.bind(busy);
    }

    @Override
    void offerChoices(ExperimentResults r) {
        List<LearningCurve> curves = r == null ? List.of() : r.learningCurves();
        learner.offer(distinct(curves, LearningCurve::learner));
        group.offer(distinct(curves, LearningCurve::group));
        metric.offer(distinct(curves, LearningCurve::metric));
        if (!curves.isEmpty()) {
            budgets.set(Budgets.format(curves.get(0).points().stream().map(p -> p.budget()).toList()));
        }
    }

    @Override
    JFreeChart draw(ExperimentResults r) {
        return r.learningCurves().isEmpty() || metric.get() == null ? null
                : LearningCurveChart.create(r.learningCurves(), learner.get(), group.get(), metric.get(), palette(r));
    }

    /** Trains the project at the budgets typed and adds the curves to the results; says why not if it cannot. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        List<Double> fractions;
        Project project;
        try {
            fractions = Budgets.parse(budgets.get());
            project = OpenProject.validate(document);
        } catch (IllegalArgumentException e) {
            dialogs.showError("The learning curve cannot run", e.getMessage());
            return;
        } catch (ProjectException e) {
            dialogs.showError("The learning curve cannot run", ProjectProblems.forWindow(e));
            return;
        }
        ProjectFile runFor = document.file();
        ExperimentResults done = document.resultsProperty().get();
        running.set(true);
        job = jobs.submit("Learning curve of " + project.name(), (progress, cancel) -> {
            var data = DataLoader.load(project, imports, progress.stage(0, 0.05, "import: "), cancel);
            LearningCurveRunner runner = new LearningCurveRunner(ExperimentRunner.withAllCores());
            List<LearningCurve> curves = runner.run(project, data, fractions, done,
                    progress.stage(0.05, 1, "learning curve, "), cancel);
            ExperimentResults with = done.withAnalyses(curves, done.sweeps()).withNotes(runner.failedRuns());
            return with.withInsights(with.diagnostics(), Hints.advise(new HintInputs(with, with.diagnostics())));
        }, results -> {
            running.set(false);
            if (document.file() != runFor) {
                dialogs.notify("Learning curve not added: another project was opened while it ran");
            } else if (document.resultsProperty().get() != done) {
                // adding it would bring back the results it was made for, over the newer ones
                dialogs.notify("Learning curve not added: new results came while it ran; run it again on them");
            } else {
                document.setResults(results);
                dialogs.notify("Learning curve ready: " + fractions.size() + " budgets");
            }
        }, error -> {
            running.set(false);
            dialogs.showError("The learning curve failed", ErrorMessages.oneLine(error));
        }, () -> {
            running.set(false);
            dialogs.notify("Learning curve cancelled");
        });
    }

    public void cancel() {
        if (job != null && running.get()) {
            job.cancel();
        }
    }

    @Override
    public String fileName() {
        return "learning-curve-" + metric.get() + "-" + group.get() + "-" + learner.get();
    }

    public Choice<String> learner() {
        return learner;
    }

    public Choice<String> group() {
        return group;
    }

    public Choice<String> metric() {
        return metric;
    }

    /** The budgets to run, in per cent, e.g. "5, 25, 100". */
    public StringProperty budgetsProperty() {
        return budgets;
    }

    public BooleanBinding canRun() {
        return canRun;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
