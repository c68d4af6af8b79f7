package org.recbridge.chart;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYDifferenceRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.recbridge.analysis.curves.OverfitFinding;
import org.recbridge.experiment.RunInfo;
import org.recbridge.learn.EpochPoint;

/**
 * The overfitting chart: per-epoch train (dashed) and validation (solid) curves of one or more runs, each
 * strategy in its colour, the gap between the chosen run's two curves shaded, the epoch early stopping kept
 * marked by the strategy's marker, and where a run the engine found overfitting began to, pointed at.
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

    /** {@code runs}: one run per strategy shown, all of one learner and seed; no gap shaded. */
    public static JFreeChart create(List<RunInfo> runs, Measure measure, StrategyPalette palette) {
        return create(runs, measure, palette, null, null);
    }

    /**
     * As {@link #create(List, Measure, StrategyPalette)}, with the curves of strategy {@code highlighted} (a hint's
     * subject; null: none) drawn bolder and the others faded, and the gap between train and validation shaded for
     * strategy {@code shaded} alone (null: none), so many strategies' gaps never muddy each other. Each run's
     * kept epoch is its marker shape on its validation curve (two runs keeping one epoch still differ), a run the
     * engine found overfitting is pointed at where it began; the sentences go to the hints, not above the plot.
     */
    public static JFreeChart create(List<RunInfo> runs, Measure measure, StrategyPalette palette, String highlighted,
                                    String shaded) {
        String metric = runs.isEmpty() ? "" : runs.get(0).curve().metric();
        return create(runs, measure, palette, highlighted, shaded, String.format(Locale.ROOT, "Train (dashed) and "
                        + "validation (solid) %s by epoch%s; marker: the epoch early stopping kept",
                measure == Measure.METRIC ? metric : "loss", runs.isEmpty() ? "" : String.format(Locale.ROOT,
                        ", %s learner, seed %d", runs.get(0).learner(), runs.get(0).seed())));
    }

    /**
     * One panel of small multiples: {@code run}'s metric curves against the baseline's ({@code baseline}: null or
     * the run itself, alone), its gap shaded, under a title short enough for a third of a page.
     */
    public static JFreeChart panel(RunInfo baseline, RunInfo run, StrategyPalette palette) {
        boolean alone = baseline == null || baseline == run;
        return create(alone ? List.of(run) : List.of(baseline, run), Measure.METRIC, palette, null, run.strategy(),
                alone ? run.strategy() : run.strategy() + " against " + baseline.strategy());
    }

    private static JFreeChart create(List<RunInfo> runs, Measure measure, StrategyPalette palette, String highlighted,
                                     String shaded, String title) {
        String metric = runs.isEmpty() ? "" : runs.get(0).curve().metric();
        XYPlot plot = new XYPlot();
        NumberAxis epochs = new NumberAxis("epoch");
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setDomainAxis(epochs);
        NumberAxis values = new NumberAxis(measure == Measure.METRIC ? metric : lossLabel(metric));
        values.setAutoRangeIncludesZero(false);
        plot.setRangeAxis(values);
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < runs.size(); i++) {
            RunInfo run = runs.get(i);
            Color colour = palette.colour(run.strategy());
            boolean faded = highlighted != null && !highlighted.equals(run.strategy());
            Color drawn = faded ? ChartStyle.translucent(colour, 90) : colour;
            XYSeriesCollection data = dataset(run, measure);
            plot.setDataset(i, data);
            plot.setRenderer(i, renderer(drawn, run.strategy().equals(highlighted), run.strategy().equals(shaded)));
            legend.add(ChartStyle.legendItem(run.strategy() + (run.strategy().equals(shaded) ? " (gap shaded)" : ""),
                    colour, palette.shape(run.strategy())));
            kept(plot, run, data, drawn, palette);
            if (run.overfitting() != null && measure == Measure.METRIC) {
                plot.addAnnotation(overfittingPointer(run, data));
            }
        }
        legend.add(ChartStyle.lineLegendItem("validation", Color.GRAY, ChartStyle.SOLID));
        legend.add(ChartStyle.lineLegendItem("train", Color.GRAY, ChartStyle.DASHED));
        plot.setFixedLegendItems(legend);
        return ChartStyle.chart(plot, title);
    }

    /** The kept epoch: the run's marker shape on its validation curve (at the first epoch when it kept its start). */
    private static void kept(XYPlot plot, RunInfo run, XYSeriesCollection data, Color colour,
                             StrategyPalette palette) {
        if (data.getItemCount(0) == 0) {
            return;
        }
        int best = run.curve().bestEpoch();
        int item = 0;
        for (int i = 0; i < data.getItemCount(0); i++) {
            if (data.getXValue(0, i) == best) {
                item = i;
            }
        }
        double x = data.getXValue(0, item);
        double y = data.getYValue(0, item);
        plot.addAnnotation(ChartStyle.point(palette.shape(run.strategy()), x, y, colour));
        if (best == 0) {
            XYTextAnnotation start = new XYTextAnnotation("  " + run.strategy() + " kept its starting parameters",
                    x, y);
            start.setFont(ChartStyle.TICKS);
            start.setPaint(colour.darker());
            start.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(start);
        }
    }

    /** An arrow at the epoch where validation began to get worse: "overfits from epoch n". */
    private static XYPointerAnnotation overfittingPointer(RunInfo run, XYSeriesCollection data) {
        int began = run.overfitting().beganEpoch();
        double y = Double.NaN;
        for (int i = 0; i < data.getItemCount(0); i++) {
            if (data.getXValue(0, i) == began) {
                y = data.getYValue(0, i);
            }
        }
        if (Double.isNaN(y) && data.getItemCount(0) > 0) {
            y = data.getYValue(0, data.getItemCount(0) - 1);
        }
        XYPointerAnnotation p = new XYPointerAnnotation(run.strategy() + " overfits from epoch " + began, began, y,
                Math.PI * 0.75);
        p.setFont(ChartStyle.TICKS);
        p.setPaint(ChartStyle.WARNING);
        p.setArrowPaint(ChartStyle.WARNING);
        p.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
        p.setToolTipText(overfitting(run));
        return p;
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

    /** Validation solid, train dashed, in the strategy's colour; the gap between them shaded when {@code shade}. */
    private static AbstractXYItemRenderer renderer(Color colour, boolean bold, boolean shade) {
        AbstractXYItemRenderer r;
        if (shade) {
            Color tint = ChartStyle.translucent(colour, colour.getAlpha() * 45 / 255);
            r = new XYDifferenceRenderer(tint, tint, false);
        } else {
            r = new XYLineAndShapeRenderer(true, false);
        }
        r.setSeriesPaint(0, colour);
        r.setSeriesPaint(1, colour);
        r.setSeriesStroke(0, bold ? ChartStyle.SOLID_BOLD : ChartStyle.SOLID);
        r.setSeriesStroke(1, bold ? ChartStyle.DASHED_BOLD : ChartStyle.DASHED);
        return r;
    }
}
