package org.recbridge.analysis.hints;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.analysis.significance.Comparisons;
import org.recbridge.eval.Verdict;

/**
 * The pieces of a hint's plain-words form: a strategy as an action ("pooling"), a user group as people ("cold
 * users"), a measured effect as tries and a rounded size ("helped cold users in all 3 tries, by about 0.15 AUC;
 * unlikely to be luck"). Built from the same comparison as the statistical wording, so the two never disagree.
 */
final class PlainWords {
    private static final Map<String, String> STRATEGIES = Map.ofEntries(
            Map.entry("target-only", "the target data alone"), Map.entry("source-only", "the source model alone"),
            Map.entry("pooled", "pooling"), Map.entry("fine-tune", "fine-tuning"),
            Map.entry("feature-transfer", "feature transfer"), Map.entry("model-transfer", "model transfer"),
            Map.entry("hybrid", "hybrid transfer"), Map.entry("emcdr", "the EMCDR mapping"),
            Map.entry("joint", "joint training"), Map.entry("instance-weighting", "instance weighting"),
            Map.entry("tradaboost", "TrAdaBoost"), Map.entry("multi-source", "several sources"),
            Map.entry("ensemble", "the ensemble"), Map.entry("regularized-transfer", "regularised transfer"),
            Map.entry("popularity", "item popularity alone"), Map.entry("bias-transfer", "the users' source bias"));

    private PlainWords() {
    }

    /** "pooling", "fine-tuning (lr 0.01)": a strategy id as what it does; unknown ids stay as they are. */
    static String strategy(String id) {
        int paren = id.indexOf('(');
        String base = paren < 0 ? id : id.substring(0, paren);
        String words = STRATEGIES.getOrDefault(base, base);
        return paren < 0 ? words : words + " " + id.substring(paren);
    }

    /** "cold users" (new to the target), "warm users", "all users". */
    static String users(String group) {
        return switch (group) {
            case "cold" -> "cold users (new to the target)";
            case "warm" -> "warm users";
            default -> group + " users";
        };
    }

    /** "in all 3 tries", "in 2 of 3 tries", "in the 1 try". */
    static String tries(int count, int seeds) {
        if (seeds == 1) {
            return count == 1 ? "in the one try" : "in no try";
        }
        return count == seeds ? "in all " + seeds + " tries" : "in " + count + " of " + seeds + " tries";
    }

    /** "0.15", "0.054": a difference rounded to two significant digits, without its sign. */
    static String about(double value) {
        if (value == 0 || Double.isNaN(value)) {
            return "0";
        }
        return new BigDecimal(Math.abs(value)).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }

    /**
     * "pooling helped cold users (new to the target) in all 3 tries, by about 0.15 AUC; unlikely to be luck":
     * whether it helped or hurt, on how many seeds, how much, and whether the paired test rules out chance.
     */
    static String effect(Comparison c) {
        boolean better = Comparisons.higherIsBetter(c.metric()) == c.meanDifference() > 0;
        return String.format(Locale.ROOT, "%s %s %s %s, by about %s %s; %s", strategy(c.strategy()),
                better ? "helped" : "hurt", users(c.group()), tries(better ? c.wins() : c.losses(), c.seeds()),
                about(c.meanDifference()), c.metric(), luck(c));
    }

    /** Whether the difference could be chance, as the verdict (the paired test at the run's alpha) says. */
    static String luck(Comparison c) {
        if (c.seeds() < MeasuredEffect.MIN_SEEDS) {
            return "too few tries to tell it from luck";
        }
        return c.verdict() == Verdict.NO_DIFFERENCE ? "it could still be luck" : "unlikely to be luck";
    }
}
