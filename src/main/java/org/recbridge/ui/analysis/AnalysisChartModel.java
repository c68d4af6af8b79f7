package org.recbridge.ui.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableObjectValue;
import org.jfree.chart.JFreeChart;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.chart.ComparisonChartFactory;
import org.recbridge.chart.StrategyPalette;
import org.recbridge.ui.common.ChartModel;

/**
 * A chart drawn from a source (results, or diagnostics) and a few choices: a new source resets the choices
 * (keeping those still valid) and draws once; a changed choice draws again. Subclasses say which choices a
 * source offers and how to draw.
 */
abstract class AnalysisChartModel<S> implements ChartModel {
    private final ObservableObjectValue<S> source;
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>();
    private boolean choosing;

    AnalysisChartModel(ObservableObjectValue<S> source) {
        this.source = source;
    }

    /** Call at the end of the subclass constructor, once its choices exist. */
    final void start(Observable... choices) {
        for (Observable c : choices) {
            c.addListener(o -> redraw());
        }
        source.addListener((o, a, b) -> show(b));
        show(source.get());
    }

    private void show(S r) {
        batch(() -> offerChoices(r)); // one chart for new results, not one per choice updated on the way
    }

    /** Makes several choices at once ({@code changes}), then draws once. */
    final void batch(Runnable changes) {
        choosing = true;
        try {
            changes.run();
        } finally {
            choosing = false;
        }
        redraw();
    }

    private void redraw() {
        if (!choosing) {
            chart.set(freshChart());
        }
    }

    /** Sets the choices' options from {@code r} (null: nothing to show yet). */
    abstract void offerChoices(S r);

    /** The chart for {@code r} and the current choices; null when they have nothing to show. */
    abstract JFreeChart draw(S r);

    @Override
    public final JFreeChart freshChart() {
        return source.get() == null ? null : draw(source.get());
    }

    @Override
    public final ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The same colour for a strategy in every chart of one set of results. */
    static StrategyPalette palette(ExperimentResults r) {
        return ComparisonChartFactory.palette(r);
    }

    /** The distinct values of {@code key} over {@code items}, in their order. */
    static <S, T> List<T> distinct(List<S> items, Function<S, T> key) {
        return List.copyOf(new LinkedHashSet<>(items.stream().map(key).toList()));
    }
}
