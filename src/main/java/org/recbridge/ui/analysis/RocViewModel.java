package org.recbridge.ui.analysis;

import java.util.List;
import javafx.beans.value.ObservableObjectValue;
import org.jfree.chart.JFreeChart;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunRecord;
import org.recbridge.chart.RocChart;

/** ROC curves of every strategy for one learner, user group and seed (ratings tasks have none). */
public final class RocViewModel extends AnalysisChartModel<ExperimentResults> {
    private final Choice<String> learner = new Choice<>();
    private final Choice<String> group = new Choice<>();
    private final Choice<Long> seed = new Choice<>();

    public RocViewModel(ObservableObjectValue<ExperimentResults> results) {
        super(results);
        start(learner.valueProperty(), group.valueProperty(), seed.valueProperty());
    }

    @Override
    void offerChoices(ExperimentResults r) {
        List<RunRecord> withRoc = r == null ? List.of() : r.records().stream().filter(x -> !x.roc().isEmpty()).toList();
        learner.offer(distinct(withRoc, RunRecord::learner));
        group.offer(distinct(withRoc, RunRecord::group));
        seed.offer(distinct(withRoc, RunRecord::seed));
    }

    @Override
    JFreeChart draw(ExperimentResults r) {
        List<RunRecord> chosen = r.records().stream().filter(x -> !x.roc().isEmpty()
                && x.learner().equals(learner.get()) && x.group().equals(group.get())
                && seed.get() != null && x.seed() == seed.get()).toList();
        return chosen.isEmpty() ? null : RocChart.create(chosen, palette(r));
    }

    @Override
    public String fileName() {
        return "roc-" + learner.get() + "-" + group.get() + "-seed" + seed.get();
    }

    public Choice<String> learner() {
        return learner;
    }

    public Choice<String> group() {
        return group;
    }

    public Choice<Long> seed() {
        return seed;
    }
}
