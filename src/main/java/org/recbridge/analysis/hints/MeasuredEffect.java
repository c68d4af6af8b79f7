package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.analysis.significance.Comparisons;
import org.recbridge.experiment.ExperimentResults;

/**
 * How hints use the run's own comparisons: which ones say a strategy helps or hurts, and how such an effect is
 * worded (the effect, the corrected t-test's interval of it, the seeds it rests on). A help is stated only where
 * the comparison pays off ({@link Comparison#paysOff()}) and the interval supports it; a harm only where the
 * negative-transfer flag is set, the rule the verdict and the tables use.
 */
final class MeasuredEffect {
    /** Fewer seeds give too wide an interval to rest a claim on (a two-seed t-interval spans 25 standard errors). */
    static final int MIN_SEEDS = 3;

    private MeasuredEffect() {
    }

    /**
     * Whether the comparison's interval supports its sign: enough seeds, and the corrected t-test's interval of
     * the mean difference on one side of zero (older results' plain interval could disagree with the verdict).
     */
    static boolean supported(Comparison c) {
        if (c.seeds() < MIN_SEEDS || Double.isNaN(c.differenceLower()) || Double.isNaN(c.differenceUpper())) {
            return false;
        }
        return c.meanDifference() > 0 ? c.differenceLower() > 0 : c.differenceUpper() < 0;
    }

    /** The comparisons where a strategy {@code which} accepts measurably helps, for any user group. */
    static List<Comparison> helps(ExperimentResults results, Predicate<String> which) {
        return matching(results, c -> which.test(c.strategy()) && c.paysOff() && supported(c));
    }

    /**
     * What the transfer-pays-off hint states: per user group (cold, then warm), the strategy learning from the
     * source that beats the baseline most clearly, where one does.
     */
    static List<Comparison> bestHelps(ExperimentResults results) {
        List<Comparison> out = new ArrayList<>();
        List<Comparison> all = helps(results, org.recbridge.transfer.Strategies::usesSource);
        for (String group : List.of("cold", "warm")) {
            Comparison best = largest(all.stream().filter(c -> c.group().equals(group)).toList());
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    /**
     * A measured help as another hint cites it: in full ({@link #words}), or only named when the transfer-pays-off
     * hint states that very comparison, so two hints do not say the same effect twice.
     */
    static String citeHelp(Comparison c, ExperimentResults results) {
        return statedAsPayingOff(c, results) ? name(c) + " (its effect is in the transfer-pays-off hint)" : words(c);
    }

    /** Whether the transfer-pays-off hint states this comparison. */
    static boolean statedAsPayingOff(Comparison c, ExperimentResults results) {
        return bestHelps(results).contains(c);
    }

    /** "pooled (fm) for cold users": which comparison, for a hint that points to where its effect is stated. */
    static String name(Comparison c) {
        return String.format(Locale.ROOT, "%s (%s) for %s users", c.strategy(), c.learner(), c.group());
    }

    /** The comparisons where a strategy {@code which} accepts is flagged as negative transfer. */
    static List<Comparison> hurts(ExperimentResults results, Predicate<String> which) {
        return matching(results, c -> which.test(c.strategy()) && c.negativeTransfer());
    }

    /** Whether a strategy {@code which} accepts was compared at all (so silence on it is evidence too). */
    static boolean compared(ExperimentResults results, Predicate<String> which) {
        return !matching(results, c -> which.test(c.strategy())).isEmpty();
    }

    /**
     * "pooled (fm) against target-only for cold users: AUC +0.0540 [+0.0310, +0.0770] over 3 seeds (won 3 of 3,
     * corrected t-test p = 0.0030)". When the interval crosses zero (a consistent loss the test misses) it says so.
     */
    static String words(Comparison c) {
        return String.format(Locale.ROOT, "%s (%s) against %s for %s users: %s", c.strategy(), c.learner(),
                c.baseline(), c.group(), effect(c));
    }

    /**
     * The measurement alone, for a line that has named the strategy and baseline already: "AUC +0.0540 [+0.0310,
     * +0.0770] over 3 seeds (won 3 of 3, corrected t-test p = 0.0030)", and whether its size is uncertain.
     */
    static String effect(Comparison c) {
        boolean better = Comparisons.higherIsBetter(c.metric()) == c.meanDifference() > 0;
        String counted = better ? "won " + c.wins() : "lost " + c.losses();
        return String.format(Locale.ROOT, "%s %s over %d seeds (%s of %d, corrected t-test p = %.4f)%s", c.metric(),
                c.differenceText(), c.seeds(), counted, c.seeds(), c.tPValue(),
                supported(c) ? "" : "; the interval includes 0, so its size is uncertain");
    }

    /** The largest measured help among {@code helps}, by how much it beats the baseline. */
    static Comparison largest(List<Comparison> helps) {
        Comparison best = null;
        for (Comparison c : helps) {
            if (best == null || gain(c) > gain(best)) {
                best = c;
            }
        }
        return best;
    }

    private static double gain(Comparison c) {
        return Comparisons.higherIsBetter(c.metric()) ? c.meanDifference() : -c.meanDifference();
    }

    /** Accepts the strategies of the given ids and their labelled configurations ({@code fine-tune(...)}). */
    static Predicate<String> strategyIn(Set<String> ids) {
        return strategy -> {
            int paren = strategy.indexOf('(');
            return ids.contains(paren < 0 ? strategy : strategy.substring(0, paren));
        };
    }

    private static List<Comparison> matching(ExperimentResults results, Predicate<Comparison> keep) {
        List<Comparison> out = new ArrayList<>();
        if (results != null) {
            for (Comparison c : results.comparisons()) {
                if (keep.test(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
