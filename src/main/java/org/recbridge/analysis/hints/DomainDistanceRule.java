package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbridge.analysis.diagnostics.ADistance;

/** The proxy A-distance says whether source rows look like target rows, so whether pooling them is safe. */
final class DomainDistanceRule implements HintRule {
    static final double CLOSE = 0.5;
    static final double FAR = 1.5;

    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        if (in.diagnostics() == null) {
            return out;
        }
        for (ADistance a : in.diagnostics().aDistances()) {
            if (Double.isNaN(a.aDistance())) {
                continue;
            }
            if (a.aDistance() < CLOSE) {
                out.add(Hint.info("domain-distance", String.format(Locale.ROOT, "the domains %s and %s are hard to "
                        + "tell apart (A-distance %.2f): pooling is safe as far as the inputs go; whether tastes agree "
                        + "shows in pooled against target-only", a.source(), a.target(), a.aDistance())));
            } else if (a.aDistance() > FAR) {
                out.add(Hint.warning("domain-distance", String.format(Locale.ROOT, "the domains %s and %s are easy to "
                        + "tell apart (A-distance %.2f): pooling may hurt; prefer feature or model transfer, instance "
                        + "weighting or joint training", a.source(), a.target(), a.aDistance())));
            }
        }
        return out;
    }
}
