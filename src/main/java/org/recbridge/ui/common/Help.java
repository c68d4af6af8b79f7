package org.recbridge.ui.common;

import java.util.Locale;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.transfer.Strategies;

/** Plain-language explanations for tooltips: strategies (from the engine's own descriptions), metrics, verdicts. */
public final class Help {
    private Help() {
    }

    /** A strategy label such as {@code fine-tune(targetEpochs=5)} is explained by its id's description. */
    public static String strategy(String label) {
        int cut = label.indexOf('(');
        String id = cut < 0 ? label : label.substring(0, cut);
        try {
            String settings = cut < 0 ? "" : "\nSettings changed from the defaults: " + label.substring(cut + 1,
                    label.length() - 1) + ".";
            return id + ": " + Strategies.byId(id).description() + settings;
        } catch (IllegalArgumentException e) {
            return label;
        }
    }

    public static String metric(String name) {
        String m = name.toUpperCase(Locale.ROOT);
        if (m.startsWith("HR@")) {
            return name + " (hit rate): for each test user, a held-out liked item is ranked among items the user "
                    + "never touched (sampled, or all of them under full ranking); the share of users for whom it "
                    + "lands in the top " + name.substring(3) + ". Higher is better.";
        }
        if (m.startsWith("RECALL@")) {
            return name + ": under full ranking, the share of a user's held-out liked items that land in the top "
                    + name.substring(7) + ", averaged over users. Higher is better.";
        }
        if (m.startsWith("MAP@")) {
            return name + " (mean average precision): under full ranking, the precision at each held-out liked item "
                    + "within the top " + name.substring(4) + ", so liked items high in the list count more. Higher "
                    + "is better.";
        }
        if (m.startsWith("NDCG@")) {
            return name + " (normalised discounted cumulative gain): like the hit rate, but a hit near the top of the "
                    + name.substring(5) + " counts more than one near the bottom. From 0 to 1, higher is better.";
        }
        return switch (m) {
            case "AUC" -> "AUC: the chance that the model scores a random liked pair above a random not-liked pair. "
                    + "0.5 is guessing, 1 is perfect; higher is better.";
            case "ACCURACY" -> "Accuracy: the share of test pairs whose like / not-like the model predicts right "
                    + "(threshold 0.5). Higher is better, but it flatters models when most pairs are of one kind.";
            case "LOG-LOSS" -> "Log-loss: how surprised the model is by the true answers; confident mistakes cost the "
                    + "most. 0.693 is a coin flip; lower is better.";
            case "RMSE" -> "RMSE (root mean squared error): the typical distance between predicted and true rating, "
                    + "large misses weighing more. In rating units; lower is better.";
            case "MRR" -> "MRR (mean reciprocal rank): 1 / the rank of a held-out liked item (1 at the top, 1/10 at "
                    + "tenth), averaged; not cut at any K. Higher is better.";
            case "MAE" -> "MAE (mean absolute error): the average distance between predicted and true rating. In "
                    + "rating units; lower is better.";
            default -> name;
        };
    }

    /** A verdict as {@link Comparison#verdictWords()} writes it (better, worse, no difference, ...). */
    public static String verdict(String verdict) {
        if (verdict.endsWith(Comparison.BELOW_MINIMUM)) {
            return verdict(verdict.substring(0, verdict.length() - Comparison.BELOW_MINIMUM.length())) + " But the "
                    + "mean difference is smaller than the minimum effect (evaluation.minimumEffect): too small to "
                    + "count, so it is not coloured and no hint calls it a gain or a loss.";
        }
        return switch (verdict) {
            case "better" -> "Better: over the seeds, this strategy beats the baseline on the main metric and the "
                    + "paired, corrected t-test says the gap is unlikely to be chance (p below alpha).";
            case "worse" -> "Worse: the strategy loses to the baseline on the main metric, and the paired, "
                    + "corrected t-test says the gap is unlikely to be chance.";
            case "no difference" -> "No difference: the seeds do not show a difference from the baseline beyond "
                    + "chance. More seeds may tell them apart.";
            case "worse on every seed (not significant)" -> "Worse on every seed, not significant: the strategy lost "
                    + "to the baseline on each of 3 or more seeds, by at least the minimum effect on average, but the "
                    + "corrected t-test cannot rule out chance. Flagged as negative transfer all the same: a warning "
                    + "needs less proof than a claim of improvement.";
            case "baseline" -> "This is the baseline every other strategy is compared with.";
            default -> verdict;
        };
    }

    /** Every strategy with what it does, when it helps and when it hurts, for the Help menu. */
    public static String allStrategies() {
        StringBuilder out = new StringBuilder();
        for (var s : Strategies.all()) {
            out.append(s.id()).append("\n").append(s.description()).append("\n\n");
        }
        return out.toString().strip();
    }

    /** The metrics, user groups, verdicts and the negative-transfer flag, for the Help menu. */
    public static String allMetrics() {
        StringBuilder out = new StringBuilder();
        for (String m : java.util.List.of("AUC", "accuracy", "log-loss", "RMSE", "MAE", "HR@10", "NDCG@10", "MRR", "Recall@10",
                "MAP@10")) {
            out.append(metric(m)).append("\n\n");
        }
        out.append("Every number is the mean over the project's seeds with its 95% interval; models are chosen on "
                + "validation rows, and only test rows are scored.\n\n").append(USER_GROUPS).append("\n\n");
        for (String v : java.util.List.of("better", "worse", "no difference", "worse on every seed (not significant)")) {
            out.append(verdict(v)).append("\n\n");
        }
        return out.append(NEGATIVE_TRANSFER).toString();
    }

    public static final String NEGATIVE_TRANSFER = "Negative transfer: using the source made the target worse "
            + "than the baseline, on average by at least the minimum effect (evaluation.minimumEffect), and "
            + "consistently so: the paired, corrected t-test says worse, or the strategy lost on every one of 3 or "
            + "more seeds.";

    public static final String USER_GROUPS = "Users: all test users, warm users (they have target training rows) "
            + "and cold-start users (all their target rows were held out; only the source knows them).";
}
