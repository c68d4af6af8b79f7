package org.recbridge.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.diagnostics.CorrelatedPair;
import org.recbridge.analysis.diagnostics.DomainStats;
import org.recbridge.analysis.diagnostics.FeatureRanking;
import org.recbridge.analysis.diagnostics.RankedFeature;
import org.recbridge.analysis.diagnostics.SelectionMethod;

/** The diagnostics chart factories, without a display. */
class DiagnosticsChartsTest {
    @Test
    void histogramsAreSharesOfEachDomainsRatedRowsOverEveryRatingSeen() {
        DomainStats movies = new DomainStats("movies", 4, 2, 2, 1, 4, 0.5, Map.of(1.0, 1, 5.0, 3), 2, 2);
        DomainStats books = new DomainStats("books", 10, 5, 5, 0.4, 10, 0.1, Map.of(1.0, 9, 3.0, 1), 2, 2);
        DefaultCategoryDataset data = DomainHistogramsChart.dataset(List.of(movies, books));
        assertEquals(List.of("movies", "books"), data.getRowKeys());
        assertEquals(List.of("1", "3", "5"), data.getColumnKeys());
        assertEquals(75.0, data.getValue("movies", "5").doubleValue(), 1e-12);
        assertEquals(0.0, data.getValue("movies", "3").doubleValue(), 1e-12);
        assertEquals(90.0, data.getValue("books", "1").doubleValue(), 1e-12);
    }

    @Test
    void heatMapIsSymmetricWithOnesOnTheDiagonalForOneDomain() {
        List<CorrelatedPair> pairs = List.of(new CorrelatedPair("books", "u.age", "u.income", 0.8, 100),
                new CorrelatedPair("books", "i.year", "u.age", -0.6, 100),
                new CorrelatedPair("movies", "u.x", "u.y", 0.9, 100));
        assertEquals(List.of("i.year", "u.age", "u.income"), CorrelationHeatMapChart.features(pairs, "books"));
        DefaultXYZDataset data = CorrelationHeatMapChart.dataset(pairs, "books");
        assertEquals(9, data.getItemCount(0));
        assertEquals(1.0, z(data, 0, 0), 1e-12);
        assertEquals(0.8, z(data, 1, 2), 1e-12);
        assertEquals(0.8, z(data, 2, 1), 1e-12);
        assertEquals(-0.6, z(data, 0, 1), 1e-12);
        assertEquals(0.0, z(data, 0, 2), 1e-12, "not reported: below the threshold");
        // each reported cell says its r: 3 ones on the diagonal and the two pairs twice, the unreported cells nothing
        List<String> labels = CorrelationHeatMapChart.create(pairs, "books", 0.5).getXYPlot().getAnnotations()
                .stream().map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText()).sorted().toList();
        assertEquals(List.of("-0.60", "-0.60", "0.80", "0.80", "1.00", "1.00", "1.00"), labels);
    }

    private static double z(DefaultXYZDataset data, int x, int y) {
        for (int i = 0; i < data.getItemCount(0); i++) {
            if (data.getXValue(0, i) == x && data.getYValue(0, i) == y) {
                return data.getZValue(0, i);
            }
        }
        throw new AssertionError("no cell " + x + "," + y);
    }

    @Test
    void rankingBarsAreInRankOrderAndTheChartSaysHowManyAreKept() {
        FeatureRanking ranking = new FeatureRanking(SelectionMethod.MRMR, 500, 40, List.of(
                new RankedFeature("u.age", 0.30, 400), new RankedFeature("i.genre", 0.20, 300)), "");
        DefaultCategoryDataset data = FeatureRankingChart.dataset(ranking);
        assertEquals(List.of("1. u.age", "2. i.genre"), data.getColumnKeys());
        assertEquals(0.20, data.getValue("score", "2. i.genre").doubleValue(), 1e-12);
        assertTrue(AnalysisChartsTest.notes(FeatureRankingChart.create(ranking, 1)).contains("the 1 best side"));
        JFreeChart chart = FeatureRankingChart.create(ranking, 1);
        assertTrue(AnalysisChartsTest.notes(chart).contains("not relevance alone"), "says why order may differ");
        assertTrue(chart.getCategoryPlot().getRangeAxis().getLabel().startsWith("mRMR score when picked"));
    }

    @Test
    void keepingColoursTheBestSideFeaturesAndNeverCountsIds() {
        FeatureRanking ranking = new FeatureRanking(SelectionMethod.JMI, 500, 40, List.of(
                new RankedFeature("item=b1", 0.4, 50), new RankedFeature("u.age", 0.3, 400),
                new RankedFeature("i.genre", 0.2, 300)), "");
        List<java.awt.Color> c = FeatureRankingChart.colours(ranking, 1);
        assertEquals(new java.awt.Color(0xC6, 0xE3, 0xF5), c.get(0), "an id");
        assertEquals(StrategyPalette.COLOURS.get(0), c.get(1), "the best side feature, kept");
        assertEquals(new java.awt.Color(0xB0, 0xB0, 0xB0), c.get(2), "the second, dropped with k = 1");
    }
}
