package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbridge.analysis.significance.Comparison;

/**
 * A strategy flagged as negative transfer ({@link Comparison#negativeTransfer()}): the flag the tables print and
 * the verdict's wording, so the hint, the flag and the verdict are one rule.
 */
final class NegativeTransferRule implements HintRule {
    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        if (in.results() == null) {
            return out;
        }
        for (Comparison c : in.results().comparisons()) {
            if (c.negativeTransfer()) {
                out.add(Hint.warning("negative-transfer", String.format(Locale.ROOT, "%s; verdict %s, the mean loss "
                        + "at least the minimum effect %.4f: negative transfer, the source misleads here",
                        MeasuredEffect.words(c), c.verdictWords(), c.minimumEffect())).about(HintSubject.of(c)));
            }
        }
        return out;
    }
}
