package org.recbridge.ui.analysis;

import java.util.List;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunInfo;
import org.recbridge.ui.chart.TrainingCurveChart;

/**
 * The overfitting chart: per-epoch train and validation curves of the strategies chosen, for one learner and
 * seed, as metric or loss.
 */
public final class OverfittingViewModel extends AnalysisChartModel<ExperimentResults> {
    private final Choice<String> learner = new Choice<>();
    private final Choice<Long> seed = new Choice<>();
    private final Choice<TrainingCurveChart.Measure> measure = new Choice<>();
    private final ObservableList<String> strategies = FXCollections.observableArrayList();
    private final ObservableList<String> shown = FXCollections.observableArrayList();

    public OverfittingViewModel(ObservableObjectValue<ExperimentResults> results) {
        super(results);
        measure.offer(List.of(TrainingCurveChart.Measure.values()));
        start(learner.valueProperty(), seed.valueProperty(), measure.valueProperty(), shown);
    }

    @Override
    void offerChoices(ExperimentResults r) {
        List<RunInfo> runs = r == null ? List.of() : r.runs();
        learner.offer(distinct(runs, RunInfo::learner));
        seed.offer(distinct(runs, RunInfo::seed));
        List<String> all = distinct(runs, RunInfo::strategy);
        List<String> kept = shown.stream().filter(all::contains).toList();
        strategies.setAll(all);
        shown.setAll(kept.isEmpty() ? all : kept);
    }

    @Override
    JFreeChart draw(ExperimentResults r) {
        List<RunInfo> runs = r.runs().stream().filter(run -> run.learner().equals(learner.get())
                && run.seed() == (seed.get() == null ? -1 : seed.get()) && shown.contains(run.strategy())
                && run.curve() != null && !run.curve().points().isEmpty()).toList();
        return runs.isEmpty() ? null : TrainingCurveChart.create(runs, measure.get(), palette(r));
    }

    @Override
    public String fileName() {
        return "overfitting-" + learner.get() + "-seed" + seed.get() + "-" + measure.get().name().toLowerCase();
    }

    public Choice<String> learner() {
        return learner;
    }

    public Choice<Long> seed() {
        return seed;
    }

    public Choice<TrainingCurveChart.Measure> measure() {
        return measure;
    }

    /** Every strategy with curves. */
    public ObservableList<String> strategies() {
        return strategies;
    }

    /** The strategies overlaid; the view keeps it in step with its checkboxes. */
    public ObservableList<String> shown() {
        return shown;
    }
}
