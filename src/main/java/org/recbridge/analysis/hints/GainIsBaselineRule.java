package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.analysis.significance.Comparisons;
import org.recbridge.transfer.Strategies;

/**
 * A strategy whose gain over the baseline is no larger than a simple model's: popularity (item quality, nothing of
 * the user) or bias-transfer (item quality plus the user's source bias). Its gain is then what those two already
 * have, not what its own transfer adds. Compared per learner and user group, on the run's own comparisons; one hint
 * per strategy, about the group where its gain is largest.
 */
final class GainIsBaselineRule implements HintRule {
    static final String POPULARITY = "popularity";
    static final String BIAS_TRANSFER = "bias-transfer";

    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        if (in.results() == null) {
            return out;
        }
        Map<String, Comparison> simple = new LinkedHashMap<>();
        for (Comparison c : in.results().comparisons()) {
            if (c.strategy().equals(POPULARITY) || c.strategy().equals(BIAS_TRANSFER)) {
                simple.put(key(c.strategy(), c), c);
            }
        }
        Map<String, Comparison[]> byStrategy = new LinkedHashMap<>(); // strategy -> {its comparison, the simple one}
        for (Comparison c : in.results().comparisons()) {
            if (simple.containsValue(c) || !Strategies.usesSource(c.strategy()) || gain(c) <= 0) {
                continue;
            }
            for (String name : List.of(POPULARITY, BIAS_TRANSFER)) {
                Comparison s = simple.get(key(name, c));
                if (s != null && gain(s) >= gain(c)) {
                    Comparison[] seen = byStrategy.get(c.strategy());
                    if (seen == null || gain(c) > gain(seen[0])) {
                        byStrategy.put(c.strategy(), new Comparison[] {c, s});
                    }
                    break;
                }
            }
        }
        for (Comparison[] pair : byStrategy.values()) {
            out.add(Hint.info("gain-is-baseline", words(pair[0], pair[1])).plainly(plain(pair[0], pair[1]))
                    .about(HintSubject.of(pair[0])));
        }
        return out;
    }

    /** Comparisons of the same learner, user group and metric. */
    private static String key(String strategy, Comparison c) {
        return strategy + "|" + c.learner() + "|" + c.group() + "|" + c.metric() + "|" + c.baseline();
    }

    private static String words(Comparison c, Comparison simple) {
        return String.format(Locale.ROOT, "%s (%s) gains %s %s over %s for %s users, no more than %s's %s: %s",
                c.strategy(), c.learner(), c.metric(), c.differenceText(), c.baseline(), c.group(), simple.strategy(),
                simple.differenceText(), why(c, simple));
    }

    private static String why(Comparison c, Comparison simple) {
        return simple.strategy().equals(POPULARITY)
                ? "most of " + c.strategy() + "'s gain is item quality, which popularity has without the source and "
                        + "which baseline features (features.baseline) give every strategy"
                : "its gain is what the users' source bias carries, two numbers per user; its own transfer adds "
                        + "nothing measurable beyond them";
    }

    private static String plain(Comparison c, Comparison simple) {
        return String.format(Locale.ROOT, "%s helped %s by about %s %s, but %s helped as much (about %s): %s",
                PlainWords.strategy(c.strategy()), PlainWords.users(c.group()), PlainWords.about(c.meanDifference()),
                c.metric(), PlainWords.strategy(simple.strategy()), PlainWords.about(simple.meanDifference()),
                simple.strategy().equals(POPULARITY) ? "the gain is knowing which items are good, not transfer"
                        : "a user's general leniency carries it, not their taste");
    }

    /** How much better than the baseline, whichever way the metric points. */
    private static double gain(Comparison c) {
        return Comparisons.higherIsBetter(c.metric()) ? c.meanDifference() : -c.meanDifference();
    }
}
