package org.recbridge.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Paint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TransferStrategy;

/** One colour per strategy, never repeated within a chart of all of them, the same wherever it is drawn. */
class StrategyPaletteTest {
    private static final List<String> ALL = Strategies.all().stream().map(TransferStrategy::id).toList();

    @Test
    void everyStrategyGetsADistinctColourFarEnoughApartToTellApart() {
        StrategyPalette palette = new StrategyPalette(ALL);
        assertEquals(16, ALL.size());
        Set<Color> colours = new HashSet<>();
        for (String s : ALL) {
            colours.add(palette.colour(s));
        }
        assertEquals(ALL.size(), colours.size(), "no colour repeats");
        for (Color a : colours) {
            for (Color b : colours) {
                double d = Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                        + Math.pow(a.getBlue() - b.getBlue(), 2));
                assertTrue(a == b || d > 40, a + " and " + b + " are too alike: " + d);
            }
        }
    }

    @Test
    void aStrategyHasItsColourWhateverElseRunsAndInWhatOrder() {
        StrategyPalette three = new StrategyPalette(List.of("target-only", "source-only", "pooled"));
        StrategyPalette reordered = new StrategyPalette(List.of("joint", "pooled", "ensemble", "target-only"));
        assertEquals(three.colour("pooled"), reordered.colour("pooled"));
        assertEquals(three.colour("target-only"), reordered.colour("target-only"));
        assertEquals(three.shape("pooled"), reordered.shape("pooled"));
    }

    @Test
    void configuredStrategiesAndDomainsTakeFreeColoursWithoutRepeating() {
        List<String> names = List.of("target-only", "fine-tune", "fine-tune(targetEpochs=5)", "pooled");
        StrategyPalette palette = new StrategyPalette(names);
        assertEquals(4, names.stream().map(palette::colour).distinct().count());
        StrategyPalette domains = new StrategyPalette(List.of("movies", "books"));
        assertNotEquals(domains.colour("movies"), domains.colour("books"));
    }

    @Test
    void theBarsOfEveryStrategyHaveAPaintEach() {
        JFreeChart chart = ComparisonChartFactory.chart(ForestPlotTest.results(ALL), "AUC", "fm");
        CategoryPlot plot = chart.getCategoryPlot();
        Set<Paint> paints = new HashSet<>();
        for (int r = 0; r < plot.getDataset().getRowCount(); r++) {
            paints.add(plot.getRenderer().getSeriesPaint(r));
        }
        assertEquals(ALL.size(), plot.getDataset().getRowCount());
        assertEquals(ALL.size(), paints.size());
    }
}
