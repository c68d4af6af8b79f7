package org.recbridge.chart;

import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TransferStrategy;

/**
 * One colour and one marker shape per strategy (or domain), the same in every chart, the HTML report and
 * exports. A registered strategy id owns a fixed slot, its place in the strategy registry, so target-only is
 * blue and pooled green in every project whatever else runs; other names (a configured strategy such as
 * {@code fine-tune(targetEpochs=5)}, a domain) take the free slots in the order given. The first slots are the
 * registered strategies, so colours never repeat within a chart of them; past the {@link #COLOURS} colours, the
 * marker shapes still tell names apart.
 */
public final class StrategyPalette {
    /**
     * Okabe-Ito (told apart with the common colour-vision deficiencies) first, then colours chosen to stay far
     * from them and each other; the paler ones last, as they are the hardest to see on white.
     */
    static final List<Color> COLOURS = List.of(
            new Color(0x00, 0x72, 0xB2), // blue
            new Color(0xE6, 0x9F, 0x00), // orange
            new Color(0x00, 0x9E, 0x73), // bluish green
            new Color(0xD5, 0x5E, 0x00), // vermillion
            new Color(0x56, 0xB4, 0xE9), // sky blue
            new Color(0xCC, 0x79, 0xA7), // reddish purple
            new Color(0x33, 0x33, 0x33), // near black
            new Color(0x33, 0x22, 0x88), // indigo
            new Color(0x66, 0x11, 0x00), // dark brown
            new Color(0x66, 0xA6, 0x1E), // leaf green
            new Color(0xEE, 0x33, 0x77), // magenta
            new Color(0x88, 0x22, 0x55), // wine
            new Color(0xA6, 0x76, 0x1D), // ochre
            new Color(0x8C, 0x8C, 0x8C), // grey
            new Color(0xDD, 0xCC, 0x77), // sand
            new Color(0xF0, 0xE4, 0x42), // yellow
            new Color(0xFB, 0x9A, 0x99), // pink
            new Color(0x88, 0xCC, 0xEE)); // pale cyan
    private static final Shape[] SHAPES = DefaultDrawingSupplier.createStandardSeriesShapes();
    private static final List<String> REGISTERED = Strategies.all().stream().map(TransferStrategy::id).toList();

    private final Map<String, Integer> slots = new HashMap<>();

    /** {@code names}: every strategy (or domain) the charts of one set of results show, in the results' order. */
    public StrategyPalette(List<String> names) {
        List<String> others = new ArrayList<>();
        for (String name : names) {
            int fixed = REGISTERED.indexOf(name);
            if (fixed >= 0) {
                slots.put(name, fixed);
            } else if (!others.contains(name)) {
                others.add(name);
            }
        }
        int next = 0;
        for (String name : others) {
            while (slots.containsValue(next)) {
                next++;
            }
            slots.put(name, next++);
        }
    }

    /** The slot of {@code name}: distinct for every name the palette was made with. */
    int slot(String name) {
        Integer s = slots.get(name);
        return s != null ? s : COLOURS.size() + Math.floorMod(name.hashCode(), SHAPES.length);
    }

    public Color colour(String name) {
        return COLOURS.get(slot(name) % COLOURS.size());
    }

    /** The marker of {@code name}, for points and legends where colour alone could be mistaken. */
    public Shape shape(String name) {
        return SHAPES[slot(name) % SHAPES.length];
    }
}
