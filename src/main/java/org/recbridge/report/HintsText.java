package org.recbridge.report;

import java.util.List;
import org.recbridge.analysis.hints.Hint;

/** The hints as a titled list, warnings marked. */
public final class HintsText {
    private HintsText() {
    }

    public static String format(List<Hint> hints) {
        StringBuilder out = new StringBuilder("Hints").append(System.lineSeparator());
        for (Hint h : hints) {
            out.append(h.severity().equals("warning") ? "  ! " : "  - ").append(h.message()).append(System.lineSeparator());
        }
        return out.toString();
    }
}
