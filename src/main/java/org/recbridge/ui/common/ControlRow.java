package org.recbridge.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A row of controls that wraps to another line where the room runs out (presentation mode, a narrow pane) instead
 * of shrinking buttons and lists to "...", which hides what they do.
 */
public final class ControlRow {
    private ControlRow() {
    }

    public static FlowPane of(Node... controls) {
        FlowPane row = new FlowPane(8, 4, controls);
        for (Node c : controls) {
            if (c instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
