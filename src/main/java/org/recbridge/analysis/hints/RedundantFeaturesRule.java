package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbridge.analysis.diagnostics.CorrelatedPair;

/** Strongly correlated side features say the same thing twice. */
final class RedundantFeaturesRule implements HintRule {
    static final double STRONG = 0.9;

    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        if (in.diagnostics() == null) {
            return out;
        }
        for (CorrelatedPair p : in.diagnostics().correlations()) {
            if (Math.abs(p.r()) >= STRONG) {
                out.add(Hint.info("redundant-features", String.format(Locale.ROOT, "%s and %s correlate (r = %.2f) in "
                        + "%s: one of them is redundant; try features.topK to keep the informative ones",
                        p.feature1(), p.feature2(), p.r(), p.domain()))
                        .plainly(String.format(Locale.ROOT, "in %s, %s and %s %s almost in step (r = %.2f): they "
                                + "tell the model the same thing twice, so keeping one is enough", p.domain(),
                                p.feature1(), p.feature2(), p.r() > 0 ? "rise and fall" : "move opposite", p.r())));
            }
        }
        return out;
    }
}
