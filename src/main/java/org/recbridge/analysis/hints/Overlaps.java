package org.recbridge.analysis.hints;

import java.util.List;
import org.recbridge.data.Overlap;

/** The source/target overlaps from whichever input has them. */
final class Overlaps {
    private Overlaps() {
    }

    static List<Overlap> of(HintInputs in) {
        if (in.diagnostics() != null) {
            return in.diagnostics().overlaps();
        }
        return in.results() == null ? List.of() : in.results().overlap();
    }
}
