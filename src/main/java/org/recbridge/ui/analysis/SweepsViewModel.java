package org.recbridge.ui.analysis;

import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableObjectValue;
import org.jfree.chart.JFreeChart;
import org.recbridge.analysis.curves.Sweep;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.chart.SweepChart;

/** The regularisation sweeps of the results (L2, FM factors), one chart at a time. */
public final class SweepsViewModel extends AnalysisChartModel<ExperimentResults> {
    private final Choice<String> sweep = new Choice<>();

    public SweepsViewModel(ObservableObjectValue<ExperimentResults> results) {
        super(results);
        start(sweep.valueProperty());
    }

    @Override
    void offerChoices(ExperimentResults r) {
        sweep.offer(r == null ? List.of() : r.sweeps().stream().map(SweepsViewModel::label).toList());
    }

    @Override
    JFreeChart draw(ExperimentResults r) {
        return r.sweeps().stream().filter(s -> label(s).equals(sweep.get())).findFirst()
                .map(s -> SweepChart.create(s, palette(r))).orElse(null);
    }

    static String label(Sweep s) {
        return String.format(Locale.ROOT, "%s: %s, %s", Sweep.L2.equals(s.parameter()) ? "L2 strength" : "FM factors",
                s.strategy(), s.learner());
    }

    @Override
    public String fileName() {
        return "sweep-" + sweep.get();
    }

    public Choice<String> sweep() {
        return sweep;
    }
}
