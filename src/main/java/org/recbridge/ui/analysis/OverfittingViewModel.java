package org.recbridge.ui.analysis;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunInfo;
import org.recbridge.chart.TrainingCurveChart;

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
    private final ObjectProperty<String> highlighted = new SimpleObjectProperty<>();

    public OverfittingViewModel(ObservableObjectValue<ExperimentResults> results) {
        super(results);
        measure.offer(List.of(TrainingCurveChart.Measure.values()));
        start(learner.valueProperty(), seed.valueProperty(), measure.valueProperty(), shown, highlighted);
    }

    @Override
    void offerChoices(ExperimentResults r) {
        List<RunInfo> runs = r == null ? List.of() : r.runs();
        learner.offer(distinct(runs, RunInfo::learner));
        seed.offer(distinct(runs, RunInfo::seed));
        List<String> all = distinct(runs, RunInfo::strategy);
        List<String> kept = shown.stream().filter(all::contains).toList();
        strategies.setAll(all);
        // the strategies still there, unless they are the baseline alone (results of another project)
        shown.setAll(kept.stream().anyMatch(s -> !s.equals(baseline(r))) ? kept : firstShown(all, baseline(r)));
        highlighted.set(null); // a hint about other results
    }

    /**
     * One strategy against the baseline to begin with: sixteen strategies' curves drawn at once are 32 tangled
     * lines; the person checks more to compare.
     */
    static List<String> firstShown(List<String> all, String baseline) {
        String other = all.stream().filter(s -> !s.equals(baseline)).findFirst().orElse(null);
        return all.stream().filter(s -> s.equals(baseline) || s.equals(other)).toList();
    }

    /** The baseline the results compared with, or null. */
    private static String baseline(ExperimentResults r) {
        return r == null || r.comparisons().isEmpty() ? null : r.comparisons().get(0).baseline();
    }

    /**
     * The strategy whose train-validation gap is shaded: the hint's subject, else the one strategy shown besides
     * the baseline; none when several are, as overlapping shades would muddy each other.
     */
    static String shaded(List<String> shown, String baseline, String highlighted) {
        if (highlighted != null) {
            return highlighted;
        }
        List<String> others = shown.stream().filter(s -> !s.equals(baseline)).toList();
        return others.size() == 1 ? others.get(0) : shown.size() == 1 ? shown.get(0) : null;
    }

    /**
     * Shows the curves a hint speaks of: {@code strategy} with {@code learner} at the first seed where the engine
     * found it overfitting (else the seed shown), as the metric, in bold among the strategies shown.
     */
    void focus(ExperimentResults r, String strategy, String learner) {
        List<RunInfo> runs = r.runs().stream().filter(run -> run.strategy().equals(strategy)
                && run.learner().equals(learner)).toList();
        if (runs.isEmpty()) {
            return;
        }
        batch(() -> {
            this.learner.valueProperty().set(learner);
            runs.stream().filter(run -> run.overfitting() != null).findFirst()
                    .ifPresent(run -> seed.valueProperty().set(run.seed()));
            measure.valueProperty().set(TrainingCurveChart.Measure.METRIC);
            if (!shown.contains(strategy)) {
                shown.add(strategy);
            }
            highlighted.set(strategy);
        });
    }

    @Override
    JFreeChart draw(ExperimentResults r) {
        List<RunInfo> runs = r.runs().stream().filter(run -> run.learner().equals(learner.get())
                && run.seed() == (seed.get() == null ? -1 : seed.get()) && shown.contains(run.strategy())
                && run.curve() != null && !run.curve().points().isEmpty()).toList();
        return runs.isEmpty() ? null : TrainingCurveChart.create(runs, measure.get(), palette(r), highlighted.get(),
                shaded(shown, baseline(r), highlighted.get()));
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

    /** The strategy drawn bold because a hint about it was opened; null: none. */
    public ReadOnlyObjectProperty<String> highlightedProperty() {
        return highlighted;
    }

    /** The strategies overlaid; the view keeps it in step with its checkboxes. */
    public ObservableList<String> shown() {
        return shown;
    }
}
