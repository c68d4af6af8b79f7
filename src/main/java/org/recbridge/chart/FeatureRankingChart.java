package org.recbridge.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.recbridge.analysis.diagnostics.FeatureRanking;
import org.recbridge.analysis.diagnostics.FeatureSelection;
import org.recbridge.analysis.diagnostics.RankedFeature;
import org.recbridge.analysis.diagnostics.SelectionMethod;

/**
 * The target's feature ranking (mRMR or JMI) as horizontal bars, best first. The k best side features, those
 * {@code features.topK = k} keeps, are blue; side features beyond them grey; ids (user=, item=), which
 * selection never drops, pale blue.
 */
public final class FeatureRankingChart {
    private static final Color KEPT = StrategyPalette.COLOURS.get(0);
    private static final Color DROPPED = new Color(0xB0, 0xB0, 0xB0);
    private static final Color ID = new Color(0xC6, 0xE3, 0xF5); // a pale tint of Okabe-Ito sky blue

    private FeatureRankingChart() {
    }

    /** One series, a column per feature in rank order, the value its selection score. */
    public static DefaultCategoryDataset dataset(FeatureRanking ranking) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int rank = 1;
        for (RankedFeature f : ranking.features()) {
            data.addValue(f.score(), "score", rank++ + ". " + f.name());
        }
        return data;
    }

    /** The colour of each bar, in rank order: kept side feature, dropped side feature, or id. */
    static List<Color> colours(FeatureRanking ranking, int keep) {
        List<Color> out = new ArrayList<>();
        int sideFeatures = 0;
        for (RankedFeature f : ranking.features()) {
            boolean side = FeatureSelection.isSideFeature(f.name());
            out.add(!side ? ID : ++sideFeatures <= keep ? KEPT : DROPPED);
        }
        return out;
    }

    /** What a bar's length is: the selector's criterion at the step that picked the feature, not its relevance. */
    static String scoreLabel(SelectionMethod method) {
        return method == SelectionMethod.MRMR
                ? "mRMR score when picked, in bits: relevance to like/dislike minus mean redundancy with those above"
                : "JMI score when picked, in bits: relevance jointly with each feature ranked above";
    }

    /** Why lengths need not fall with rank. */
    static String orderNote(SelectionMethod method) {
        return "Rank is the order of picking; a bar's length is the score at its pick"
                + (method == SelectionMethod.MRMR ? ", not relevance alone: a later pick can score higher once the "
                + "features above it no longer overlap with it as much." : ", which is summed over the features "
                + "above it, so lengths need not fall with rank.");
    }

    /** {@code keep}: how many of the best side features the person means to keep. */
    public static JFreeChart create(FeatureRanking ranking, int keep) {
        DefaultCategoryDataset data = dataset(ranking);
        List<Color> colours = colours(ranking, keep);
        BarRenderer bars = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return colours.get(column);
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        NumberAxis score = new NumberAxis(scoreLabel(ranking.method()));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("feature, by rank"), score, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = ChartStyle.chart(plot, String.format(Locale.ROOT, "Target features ranked by %s on %d "
                + "rows (%d candidates)", ranking.method(), ranking.rows(), ranking.candidates()));
        chart.removeLegend();
        ChartStyle.note(chart, String.format(Locale.ROOT, "Blue: the %d best side features, which \"Keep top k\" keeps "
                + "(each run ranks again on its own training rows); grey: side features dropped; pale blue: ids, never "
                + "dropped. %s%s", keep, orderNote(ranking.method()),
                ranking.note() == null || ranking.note().isBlank() ? "" : " " + ranking.note()),
                false);
        return chart;
    }
}
