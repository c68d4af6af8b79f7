package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.analysis.significance.Comparisons;

/**
 * A strategy flagged as negative transfer ({@link Comparison#negativeTransfer()}): the flag the tables print and
 * the verdict's wording, so the hint, the flag and the verdict are one rule. One hint per strategy: a strategy
 * that hurts with both learners and for every user group (source-only often does) is one piece of advice, not
 * five lines saying the same; each flagged comparison is still stated, and the hint is about the largest loss.
 */
final class NegativeTransferRule implements HintRule {
    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        if (in.results() == null) {
            return out;
        }
        Map<String, List<Comparison>> byStrategy = new LinkedHashMap<>();
        for (Comparison c : in.results().comparisons()) {
            if (c.negativeTransfer()) {
                byStrategy.computeIfAbsent(c.strategy(), s -> new ArrayList<>()).add(c);
            }
        }
        for (List<Comparison> flagged : byStrategy.values()) {
            Comparison worst = flagged.stream().max(Comparator.comparingDouble(NegativeTransferRule::loss))
                    .orElseThrow();
            out.add(Hint.warning("negative-transfer", flagged.size() == 1 ? one(worst) : several(flagged))
                    .plainly(plain(worst, flagged.size())).about(HintSubject.of(worst)));
        }
        return out;
    }

    private static String one(Comparison c) {
        return String.format(Locale.ROOT, "%s; verdict %s, the mean loss at least the minimum effect %.4f: negative "
                + "transfer, the source misleads here", MeasuredEffect.words(c), c.verdictWords(), c.minimumEffect());
    }

    /**
     * "source-only against target-only: negative transfer in 3 comparisons, the source misleads here: linear for
     * all users: AUC -0.0388 [...] over 3 seeds (lost 3 of 3, corrected t-test p = 0.0385), verdict worse; ...;
     * each a mean loss of at least the minimum effect 0.0050".
     */
    private static String several(List<Comparison> flagged) {
        Comparison first = flagged.get(0);
        List<String> each = new ArrayList<>();
        for (Comparison c : flagged) {
            each.add(String.format(Locale.ROOT, "%s for %s users: %s, verdict %s", c.learner(), c.group(),
                    MeasuredEffect.effect(c), c.verdictWords()));
        }
        return String.format(Locale.ROOT, "%s against %s: negative transfer in %d comparisons, the source misleads "
                + "here: %s; each a mean loss of at least the minimum effect %.4f", first.strategy(), first.baseline(),
                flagged.size(), String.join("; ", each), first.minimumEffect());
    }

    /** "pooling hurt cold users ... in all 3 tries, by about 0.04 AUC; unlikely to be luck; and in 2 more ...". */
    private static String plain(Comparison worst, int flagged) {
        String more = flagged == 1 ? "" : String.format(Locale.ROOT, " (its largest loss; it hurt in %d more "
                + "comparison%s too)", flagged - 1, flagged == 2 ? "" : "s");
        return PlainWords.effect(worst) + more + ": what it learnt from the source misleads it here (negative "
                + "transfer)";
    }

    /** How much worse than the baseline, whichever way the metric points. */
    private static double loss(Comparison c) {
        return Comparisons.higherIsBetter(c.metric()) ? -c.meanDifference() : c.meanDifference();
    }
}
