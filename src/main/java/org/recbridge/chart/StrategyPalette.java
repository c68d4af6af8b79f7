package org.recbridge.chart;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Colours for strategies from the Okabe-Ito palette, which people with the common colour-vision deficiencies
 * tell apart. A strategy keeps its colour in every chart of one set of results: colours follow the order in
 * which the results list the strategies (the project's order), not the order of what a chart happens to show.
 */
public final class StrategyPalette {
    /** Okabe-Ito, with yellow last: it is the hardest to see on white. */
    static final List<Color> COLOURS = List.of(
            new Color(0x00, 0x72, 0xB2), // blue
            new Color(0xE6, 0x9F, 0x00), // orange
            new Color(0x00, 0x9E, 0x73), // bluish green
            new Color(0xD5, 0x5E, 0x00), // vermillion
            new Color(0x56, 0xB4, 0xE9), // sky blue
            new Color(0xCC, 0x79, 0xA7), // reddish purple
            new Color(0x33, 0x33, 0x33), // near black
            new Color(0xF0, 0xE4, 0x42)); // yellow

    private final Map<String, Color> byStrategy = new LinkedHashMap<>();

    /** {@code strategies}: every strategy of the results, in their order. */
    public StrategyPalette(List<String> strategies) {
        for (String s : strategies) {
            byStrategy.putIfAbsent(s, COLOURS.get(byStrategy.size() % COLOURS.size()));
        }
    }

    public Color colour(String strategy) {
        Color c = byStrategy.get(strategy);
        return c != null ? c : COLOURS.get(Math.floorMod(strategy.hashCode(), COLOURS.size()));
    }
}
