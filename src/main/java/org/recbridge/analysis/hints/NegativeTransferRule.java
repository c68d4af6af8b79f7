package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbridge.analysis.significance.Comparison;

/** A strategy flagged as negative transfer: significantly worse than the baseline, by at least the minimum effect. */
final class NegativeTransferRule implements HintRule {
    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        if (in.results() == null) {
            return out;
        }
        for (Comparison c : in.results().comparisons()) {
            if (c.negativeTransfer()) {
                out.add(Hint.warning("negative-transfer", String.format(Locale.ROOT, "%s (%s) is worse than %s on %d of "
                        + "%d seeds for %s users (%s %+.4f, corrected t-test p = %.4f, minimum effect %.4f): negative "
                        + "transfer; the source misleads here", c.strategy(), c.learner(), c.baseline(), c.losses(),
                        c.seeds(), c.group(), c.metric(), c.meanDifference(), c.tPValue(), c.minimumEffect())));
            }
        }
        return out;
    }
}
