package org.recbridge.ui.analysis;

import org.recbridge.analysis.hints.Hint;

/** A hint with its number in the results' list and the chart that shows its evidence. */
public record PlacedHint(int number, Hint hint, Evidence evidence) {
    public boolean warning() {
        return "warning".equals(hint.severity());
    }
}
