package org.recbridge.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDifferenceRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.recbridge.analysis.curves.OverfitFinding;
import org.recbridge.experiment.RunInfo;
import org.recbridge.learn.EpochPoint;

/**
 * The overfitting chart: per-epoch train (dashed) and validation (solid) curves of one or more runs, each
 * strategy in its colour, the gap between a run's two curves shaded, the epoch early stopping kept marked by a
 * vertical line, and a run the engine found overfitting named in a warning under the title.
 */
public final class TrainingCurveChart {
    /** What the curves show: the run's metric (AUC, RMSE) or its loss. */
    public enum Measure {
        METRIC, LOSS;

        @Override
        public String toString() {
            return this == METRIC ? "metric" : "loss";
        }
    }

    private TrainingCurveChart() {
    }

    /** The train and validation series of one run, validation first (the gap is shaded where it is lower). */
    public static XYSeriesCollection dataset(RunInfo run, Measure measure) {
        XYSeries train = new XYSeries(run.strategy() + " train");
        XYSeries validation = new XYSeries(run.strategy() + " validation");
        for (EpochPoint p : run.curve().points()) {
            double t = measure == Measure.METRIC ? p.trainMetric() : p.trainLoss();
            double v = measure == Measure.METRIC ? p.validationMetric() : p.validationLoss();
            if (Double.isFinite(t) && Double.isFinite(v)) { // the shading needs both curves at every epoch
                train.add(p.epoch(), t);
                validation.add(p.epoch(), v);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(validation);
        data.addSeries(train);
        return data;
    }

    /** {@code runs}: one run per strategy shown, all of one learner and seed. */
    public static JFreeChart create(List<RunInfo> runs, Measure measure, StrategyPalette palette) {
        return create(runs, measure, palette, null);
    }

    /**
     * As {@link #create(List, Measure, StrategyPalette)}, with the curves of strategy {@code highlighted} (a hint's
     * subject; null: none) drawn bolder and the others faded, so the run a hint speaks of stands out.
     */
    public static JFreeChart create(List<RunInfo> runs, Measure measure, StrategyPalette palette, String highlighted) {
        String metric = runs.isEmpty() ? "" : runs.get(0).curve().metric();
        XYPlot plot = new XYPlot();
        NumberAxis epochs = new NumberAxis("epoch");
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setDomainAxis(epochs);
        NumberAxis values = new NumberAxis(measure == Measure.METRIC ? metric : lossLabel(metric));
        values.setAutoRangeIncludesZero(false);
        plot.setRangeAxis(values);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunInfo run = runs.get(i);
            Color colour = palette.colour(run.strategy());
            boolean faded = highlighted != null && !highlighted.equals(run.strategy());
            plot.setDataset(i, dataset(run, measure));
            plot.setRenderer(i, gapRenderer(faded ? ChartStyle.translucent(colour, 90) : colour,
                    run.strategy().equals(highlighted)));
            int best = run.curve().bestEpoch();
            kept.add(run.strategy() + (best == 0 ? " kept its starting parameters" : " kept epoch " + best));
            if (best > 0) {
                plot.addDomainMarker(keptMarker(best, colour));
            }
        }
        String title = String.format(Locale.ROOT, "Train (dashed) and validation (solid) %s by epoch%s",
                measure == Measure.METRIC ? metric : "loss", runs.isEmpty() ? ""
                        : String.format(Locale.ROOT, ", %s learner, seed %d", runs.get(0).learner(), runs.get(0).seed()));
        JFreeChart chart = ChartStyle.chart(plot, title);
        if (!kept.isEmpty()) {
            ChartStyle.note(chart, "Early stopping on validation: " + String.join("; ", kept)
                    + ". Shaded: the gap between train and validation.", false);
        }
        if (highlighted != null && runs.stream().anyMatch(r -> r.strategy().equals(highlighted))) {
            ChartStyle.note(chart, "Bold: " + highlighted + ", the run the hint opened speaks of", false);
        }
        for (RunInfo run : runs) {
            if (run.overfitting() != null) {
                ChartStyle.note(chart, overfitting(run), true);
            }
        }
        return chart;
    }

    static String overfitting(RunInfo run) {
        OverfitFinding f = run.overfitting();
        // the epochs between the best and the fall got worse by less than the detector's tolerance; "worse", not
        // "below": a lower RMSE is better
        return String.format(Locale.ROOT, "Overfitting: %s's validation %s is best at epoch %d and clearly worse from "
                        + "epoch %d (by %.4f at worst) while train still improves (by %.4f)", run.strategy(),
                run.curve().metric(), f.peakEpoch(), f.beganEpoch(), f.validationDrop(), f.trainGain());
    }

    private static String lossLabel(String metric) {
        return "RMSE".equals(metric) ? "loss (half the mean squared error)" : "loss (log-loss per row)";
    }

    private static XYDifferenceRenderer gapRenderer(Color colour, boolean bold) {
        Color shade = ChartStyle.translucent(colour, colour.getAlpha() * 45 / 255);
        XYDifferenceRenderer r = new XYDifferenceRenderer(shade, shade, false);
        r.setSeriesPaint(0, colour);
        r.setSeriesPaint(1, colour);
        r.setSeriesStroke(0, bold ? ChartStyle.SOLID_BOLD : ChartStyle.SOLID);
        r.setSeriesStroke(1, bold ? ChartStyle.DASHED_BOLD : ChartStyle.DASHED);
        return r;
    }

    private static ValueMarker keptMarker(int epoch, Color colour) {
        ValueMarker m = new ValueMarker(epoch, colour, ChartStyle.MARKER);
        m.setLabel("kept " + epoch);
        m.setLabelFont(ChartStyle.TICKS);
        m.setLabelPaint(colour.darker());
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return m;
    }
}
