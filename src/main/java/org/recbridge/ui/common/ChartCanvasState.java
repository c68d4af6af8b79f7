package org.recbridge.ui.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import org.jfree.chart.event.OverlayChangeListener;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.overlay.OverlayFX;

/**
 * Keeps a chart's background from coming out black on its next redraw. ChartCanvas draws between a save and a
 * restore of its GraphicsContext, while its FXGraphics2D remembers the paint, stroke and font it set last and
 * skips setting one equal to it. When a draw ends on white (a marker's white rim, drawn last on the overfitting
 * chart), the restore puts the context's fill back to black, the next draw's white background is "already set"
 * and fills black, and black text vanishes on it (seen under Xvfb on the overfitting chart). After each draw
 * this overlay sets values no chart uses, so the next draw's first paint, stroke and font always reach the context.
 */
final class ChartCanvasState implements OverlayFX {
    private static final Color UNUSED_PAINT = new Color(1, 2, 3, 0);
    private static final BasicStroke UNUSED_STROKE = new BasicStroke(0.0123f);
    private static final Font UNUSED_FONT = new Font(Font.DIALOG, Font.PLAIN, 1);

    private ChartCanvasState() {
    }

    static void keepInStep(ChartViewer viewer) {
        viewer.getCanvas().addOverlay(new ChartCanvasState());
    }

    @Override
    public void paintOverlay(Graphics2D g2, ChartCanvas canvas) {
        g2.setPaint(UNUSED_PAINT);
        g2.setStroke(UNUSED_STROKE);
        g2.setFont(UNUSED_FONT);
    }

    @Override
    public void paintOverlay(Graphics2D g2, org.jfree.chart.ChartPanel panel) {
        // the Swing panel's overlays: never given this one
    }

    @Override
    public void addChangeListener(OverlayChangeListener listener) {
        // never changes: nothing to tell
    }

    @Override
    public void removeChangeListener(OverlayChangeListener listener) {
        // never changes: nothing to tell
    }
}
