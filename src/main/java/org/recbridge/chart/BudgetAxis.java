package org.recbridge.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/** A log-scale budget axis whose ticks are the budgets run (in per cent), not powers of ten between them. */
final class BudgetAxis extends LogAxis {
    private final List<Double> percents;

    BudgetAxis(String label, List<Double> percents) {
        super(label);
        this.percents = List.copyOf(percents);
    }

    @Override
    protected List<Tick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        List<Tick> ticks = new ArrayList<>();
        for (double p : percents) {
            ticks.add(new NumberTick(p, getNumberFormatOverride().format(p) + "%", TextAnchor.TOP_CENTER,
                    TextAnchor.CENTER, 0));
        }
        return ticks;
    }
}
