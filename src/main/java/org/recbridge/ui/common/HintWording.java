package org.recbridge.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import org.recbridge.analysis.hints.Hint;

/**
 * Which form the hints panes show: the statistical one (effect, interval, p-value) or the plain-words one ("pooling
 * helped cold users in all 3 tries, by about 0.15 AUC; unlikely to be luck"). One choice for the whole window: each
 * pane's toggle turns every pane, and a hint's tooltip holds the form not shown.
 */
public final class HintWording {
    private final BooleanProperty plain = new SimpleBooleanProperty(false);

    public BooleanProperty plainProperty() {
        return plain;
    }

    /** The form shown. */
    public String text(Hint h) {
        return plain.get() ? h.plainOrMessage() : h.message();
    }

    /** The form not shown, for the hint's tooltip. */
    public String other(Hint h) {
        return plain.get() ? h.message() : h.plainOrMessage();
    }

    /** A "Plain words" toggle for a pane showing {@code list}, redrawing it when the choice changes. */
    public CheckBox toggle(ListView<?> list) {
        CheckBox box = new CheckBox("Plain words");
        box.getStyleClass().add("plain-words");
        box.setTooltip(Tables.tooltip("Say each hint in everyday words (how many tries, about how much, whether it "
                + "could be luck) instead of intervals and p-values; the other form stays in the hint's tooltip."));
        box.selectedProperty().bindBidirectional(plain);
        plain.addListener((o, a, b) -> list.refresh());
        return box;
    }
}
