package org.recbridge.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYDrawableAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYDifferenceRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.curves.BudgetPoint;
import org.recbridge.analysis.curves.LearningCurve;
import org.recbridge.analysis.curves.OverfitFinding;
import org.recbridge.analysis.curves.Sweep;
import org.recbridge.analysis.curves.SweepPoint;
import org.recbridge.eval.Interval;
import org.recbridge.eval.RocPoint;
import org.recbridge.experiment.RunInfo;
import org.recbridge.experiment.RunRecord;
import org.recbridge.learn.EpochPoint;
import org.recbridge.learn.TrainingCurve;

/** The analysis chart factories, without a display: their datasets, markers and the findings they state. */
class AnalysisChartsTest {
    private static final StrategyPalette PALETTE = new StrategyPalette(List.of("target-only", "pooled"));

    static RunInfo run(String strategy, int kept, OverfitFinding overfitting) {
        List<EpochPoint> points = List.of(new EpochPoint(1, 0.60, 0.70, 0.68, 0.62),
                new EpochPoint(2, 0.50, 0.80, 0.74, 0.58), new EpochPoint(3, 0.40, 0.90, 0.72, Double.NaN));
        return new RunInfo(strategy, "fm", 1, null, new TrainingCurve("AUC", points, kept), 1.0, Map.of(), null,
                0.06, overfitting);
    }

    @Test
    void trainingCurvesHoldTrainAndValidationPerEpochAndMarkTheKeptEpoch() {
        RunInfo pooled = run("pooled", 2, new OverfitFinding(3, 2, 0.02, 0.1));
        JFreeChart chart = TrainingCurveChart.create(List.of(run("target-only", 3, null), pooled),
                TrainingCurveChart.Measure.METRIC, PALETTE);
        XYSeriesCollection second = (XYSeriesCollection) chart.getXYPlot().getDataset(1);
        assertEquals("pooled validation", second.getSeriesKey(0));
        assertEquals("pooled train", second.getSeriesKey(1));
        assertEquals(3, second.getItemCount(1));
        assertEquals(0.74, second.getYValue(0, 1), 1e-12);
        assertEquals(0.90, second.getYValue(1, 2), 1e-12);
        List<Double> marked = chart.getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof XYDrawableAnnotation).map(a -> ((XYDrawableAnnotation) a).getX()).toList();
        assertEquals(List.of(3.0, 2.0), marked, "each run's kept epoch");
        List<XYPointerAnnotation> pointers = chart.getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof XYPointerAnnotation).map(a -> (XYPointerAnnotation) a).toList();
        assertEquals(1, pointers.size(), "only the flagged run is said to overfit");
        assertEquals("pooled overfits from epoch 3", pointers.get(0).getText());
        assertEquals(3.0, pointers.get(0).getX());
        assertEquals(0.72, pointers.get(0).getY(), 1e-12, "on its validation curve");
        assertEquals("Overfitting: pooled's validation AUC is best at epoch 2 and clearly worse from epoch 3 (by "
                + "0.0200 at worst) while train still improves (by 0.1000)", pointers.get(0).getToolTipText());
        assertEquals(1, chart.getSubtitleCount() - 1, "the title alone above the plot (and the legend)");
    }

    @Test
    void onlyTheChosenStrategysGapIsShadedAndTheLegendHasOneEntryPerStrategy() {
        JFreeChart chart = TrainingCurveChart.create(List.of(run("target-only", 3, null), run("pooled", 3, null)),
                TrainingCurveChart.Measure.METRIC, PALETTE, null, "pooled");
        assertFalse(chart.getXYPlot().getRenderer(0) instanceof XYDifferenceRenderer);
        assertTrue(chart.getXYPlot().getRenderer(1) instanceof XYDifferenceRenderer);
        List<String> legend = new java.util.ArrayList<>();
        var items = chart.getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            legend.add(items.get(i).getLabel());
        }
        assertEquals(List.of("target-only", "pooled (gap shaded)", "validation", "train"), legend);
        JFreeChart none = TrainingCurveChart.create(List.of(run("target-only", 3, null), run("pooled", 3, null)),
                TrainingCurveChart.Measure.METRIC, PALETTE);
        assertFalse(none.getXYPlot().getRenderer(1) instanceof XYDifferenceRenderer);
    }

    @Test
    void twoStrategiesKeepingOneEpochGetDifferentMarkers() {
        StrategyPalette palette = new StrategyPalette(List.of("target-only", "pooled", "joint"));
        assertFalse(org.jfree.chart.util.ShapeUtils.equal(palette.shape("pooled"), palette.shape("joint")),
                "shapes differ, not only colours");
        assertNotEquals(palette.colour("pooled"), palette.colour("joint"));
    }

    @Test
    void lossCurvesSkipEpochsWithoutAValidationLoss() {
        XYSeriesCollection loss = TrainingCurveChart.dataset(run("pooled", 2, null), TrainingCurveChart.Measure.LOSS);
        assertEquals(2, loss.getItemCount(0));
        assertEquals(0.58, loss.getYValue(0, 1), 1e-12);
        assertEquals(0.50, loss.getYValue(1, 1), 1e-12);
    }

    @Test
    void aStartingPointKeptIsSaidNotMarked() {
        JFreeChart chart = TrainingCurveChart.create(List.of(run("pooled", 0, null)), TrainingCurveChart.Measure.METRIC,
                PALETTE);
        assertTrue(chart.getXYPlot().getAnnotations().stream().anyMatch(a -> a instanceof XYTextAnnotation t
                && t.getText().contains("pooled kept its starting parameters")));
    }

    static Sweep sweep() {
        return new Sweep("target-only", "fm", Sweep.L2, "AUC", List.of(
                new SweepPoint(0.1, "fm l2=0.1", iv(0.70, 0.01), iv(0.68, 0.01), iv(0.67, 0.02)),
                new SweepPoint(0.01, "fm l2=0.01", iv(0.80, 0.01), iv(0.72, 0.01), iv(0.71, 0.02)),
                new SweepPoint(0.0, "fm l2=0", iv(0.95, 0.01), iv(0.66, 0.01), new Interval(0.65, Double.NaN,
                        Double.NaN, 1, Double.NaN))), 0.01, 0.0);
    }

    static Interval iv(double mean, double half) {
        return new Interval(mean, mean - half, mean + half, 3, half);
    }

    @Test
    void sweepHoldsTrainValidationAndTestPerSettingWithIntervalsAndMarksTheChoice() {
        DefaultStatisticalCategoryDataset data = SweepChart.dataset(sweep());
        assertEquals(List.of(SweepChart.TRAIN, SweepChart.VALIDATION, SweepChart.TEST), data.getRowKeys());
        assertEquals(List.of("0.1", "0.01", "0"), data.getColumnKeys(), "the sweep's order of growing capacity");
        assertEquals(0.72, data.getMeanValue(SweepChart.VALIDATION, "0.01").doubleValue(), 1e-12);
        assertEquals(0.02, data.getStdDevValue(SweepChart.TEST, "0.1").doubleValue(), 1e-12);
        assertNull(data.getStdDevValue(SweepChart.TEST, "0"), "one seed: no interval");
        JFreeChart chart = SweepChart.create(sweep(), PALETTE);
        Object chosen = chart.getCategoryPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertEquals("0.01", ((CategoryMarker) chosen).getKey());
        assertTrue(notes(chart).contains("from 0 on, validation AUC gets worse"));
        // train's interval at 0.01 reaches 0.81, but a sweep whose interval passes 1 ends its axis, and so its
        // error bars, at 1
        Sweep high = new Sweep("target-only", "fm", Sweep.L2, "AUC", List.of(
                new SweepPoint(0.1, "fm l2=0.1", iv(0.98, 0.05), iv(0.70, 0.01), iv(0.69, 0.02))), 0.1, null);
        assertEquals(1.0, SweepChart.create(high, PALETTE).getCategoryPlot().getRangeAxis().getUpperBound());
        assertTrue(SweepChart.create(sweep(), PALETTE).getCategoryPlot().getRangeAxis().getUpperBound() < 1);
    }

    static List<LearningCurve> curves() {
        return List.of(
                new LearningCurve("target-only", "fm", "all", "AUC", List.of(new BudgetPoint(0.05, 0.60, 0.58, 0.62, 3),
                        new BudgetPoint(0.25, 0.66, 0.64, 0.68, 3), new BudgetPoint(1.0, 0.78, 0.77, 0.79, 3))),
                new LearningCurve("pooled", "fm", "all", "AUC", List.of(new BudgetPoint(0.05, 0.72, 0.70, 0.74, 3),
                        new BudgetPoint(0.25, 0.74, 0.72, 0.76, 3), new BudgetPoint(1.0, 0.77, 0.76, 0.78, 3))),
                new LearningCurve("pooled", "fm", "cold", "AUC", List.of(new BudgetPoint(0.05, 0.5, 0.4, 0.6, 3))));
    }

    @Test
    void learningCurvesHoldOneBandedLinePerStrategyAndNameTheCrossing() {
        YIntervalSeriesCollection data = LearningCurveChart.dataset(curves(), "fm", "all", "AUC");
        assertEquals(2, data.getSeriesCount());
        assertEquals("pooled", data.getSeriesKey(1));
        assertEquals(25.0, data.getXValue(1, 1), 1e-12);
        assertEquals(0.74, data.getYValue(1, 1), 1e-12);
        assertEquals(0.72, data.getStartYValue(1, 1), 1e-12);
        assertEquals(0.76, data.getEndYValue(1, 1), 1e-12);
        JFreeChart chart = LearningCurveChart.create(curves(), "fm", "all", "AUC", PALETTE);
        ValueMarker crossing = (ValueMarker) chart.getXYPlot()
                .getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertEquals(100.0, crossing.getValue(), 1e-12, "pooled is ahead beyond both intervals until 100%");
        assertTrue(notes(chart).contains("Transfer stops paying at 100%"), notes(chart));
        assertTrue(org.jfree.chart.util.ShapeUtils.equal(PALETTE.shape("pooled"),
                chart.getXYPlot().getRenderer().getSeriesShape(1)), "pooled's marker, as in every chart");
        assertNotNull(chart.createBufferedImage(800, 500), "draws, with a tick at each budget");
    }

    @Test
    void rocHasOneCurvePerStrategyAndTheChanceLine() {
        RunRecord pooled = new RunRecord("pooled", "fm", 1, "cold", 10, 50, Map.of("AUC", 0.75),
                List.of(new RocPoint(0, 0, Double.POSITIVE_INFINITY), new RocPoint(0.2, 0.6, 0.5),
                        new RocPoint(1, 1, 0)));
        XYSeriesCollection data = RocChart.dataset(List.of(pooled));
        assertEquals(List.of("pooled (AUC 0.750)", RocChart.CHANCE), data.getSeries().stream()
                .map(s -> ((org.jfree.data.xy.XYSeries) s).getKey()).toList());
        assertEquals(0.6, data.getYValue(0, 1), 1e-12);
    }

    static String notes(JFreeChart chart) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                s.append(t.getText()).append('\n');
            }
        }
        return s.toString();
    }
}
