package org.recbridge.chart;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.recbridge.eval.RocPoint;
import org.recbridge.experiment.RunRecord;

/** ROC curves of one user group: one line per strategy (its AUC in the legend), and the chance diagonal. */
public final class RocChart {
    public static final String CHANCE = "chance (AUC 0.5)";

    private RocChart() {
    }

    /** {@code records}: one per strategy, of one learner, seed and group; the chance line comes last. */
    public static XYSeriesCollection dataset(List<RunRecord> records) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (RunRecord r : records) {
            Double auc = r.metrics().get("AUC");
            XYSeries s = new XYSeries(auc == null ? r.strategy()
                    : String.format(Locale.ROOT, "%s (AUC %.3f)", r.strategy(), auc), false, true);
            r.roc().forEach((RocPoint p) -> s.add(p.fpr(), p.tpr()));
            data.addSeries(s);
        }
        XYSeries chance = new XYSeries(CHANCE);
        chance.add(0, 0);
        chance.add(1, 1);
        data.addSeries(chance);
        return data;
    }

    public static JFreeChart create(List<RunRecord> records, StrategyPalette palette) {
        XYSeriesCollection data = dataset(records);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < records.size(); i++) {
            lines.setSeriesPaint(i, palette.colour(records.get(i).strategy()));
            lines.setSeriesStroke(i, ChartStyle.SOLID);
        }
        lines.setSeriesPaint(records.size(), Color.GRAY);
        lines.setSeriesStroke(records.size(), ChartStyle.MARKER);
        NumberAxis fpr = new NumberAxis("false-positive rate (share of negatives ranked above the threshold)");
        NumberAxis tpr = new NumberAxis("true-positive rate");
        fpr.setRange(0, 1);
        tpr.setRange(0, 1);
        XYPlot plot = new XYPlot(data, fpr, tpr, lines);
        RunRecord first = records.isEmpty() ? null : records.get(0);
        return ChartStyle.chart(plot, first == null ? "ROC curves" : String.format(Locale.ROOT,
                "ROC curves on the test rows, %s users, %s learner, seed %d", first.group(), first.learner(),
                first.seed()));
    }
}
