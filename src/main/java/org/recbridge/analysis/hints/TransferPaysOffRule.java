package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbridge.analysis.significance.Comparison;

/**
 * The strategy that beats the baseline most clearly for each user group, where one does: significantly and by
 * at least the minimum effect, the rule negative transfer uses the other way round.
 */
final class TransferPaysOffRule implements HintRule {
    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        if (in.results() == null) {
            return out;
        }
        for (String group : List.of("cold", "warm")) {
            Comparison best = null;
            for (Comparison c : in.results().comparisons()) {
                if (c.group().equals(group) && c.paysOff() && (best == null || gain(c) > gain(best))) {
                    best = c;
                }
            }
            if (best != null) {
                out.add(Hint.info("transfer-pays-off", String.format(Locale.ROOT, "%s (%s) beats %s for %s users by "
                        + "%s %+.4f (corrected t-test p = %.4f, %d of %d seeds): transfer pays off for them",
                        best.strategy(), best.learner(), best.baseline(), group, best.metric(), best.meanDifference(),
                        best.tPValue(), best.wins(), best.seeds())));
            }
        }
        return out;
    }

    private static double gain(Comparison c) {
        return org.recbridge.analysis.significance.Comparisons.higherIsBetter(c.metric())
                ? c.meanDifference() : -c.meanDifference();
    }
}
