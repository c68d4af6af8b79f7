package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbridge.analysis.diagnostics.DomainStats;

/**
 * With few likes (or few dislikes) accuracy rewards always answering the majority class; with none (or only
 * likes) there is nothing to learn and AUC is undefined, so advising AUC would mislead.
 */
final class ImbalanceRule implements HintRule {
    static final double SKEWED = 0.15;

    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        if (in.diagnostics() == null) {
            return out;
        }
        for (DomainStats d : in.diagnostics().domains()) {
            Double rate = d.likeRate();
            if (rate != null && (rate == 0 || rate == 1)) {
                out.add(Hint.warning("single-class", String.format(Locale.ROOT, "every %s rating is %s: with one "
                        + "class no model can learn likes, and AUC and log-loss cannot be computed; lower or raise the "
                        + "like threshold, or use the implicit task", d.domain(), rate == 1 ? "a like" : "a dislike"))
                        .plainly(String.format(Locale.ROOT, "every rating in %s counts as %s, so there is nothing "
                                + "to tell apart and nothing to learn; move the like threshold", d.domain(),
                                rate == 1 ? "a like" : "a dislike")));
            } else if (rate != null && (rate < SKEWED || rate > 1 - SKEWED)) {
                out.add(Hint.warning("label-imbalance", String.format(Locale.ROOT, "%.0f%% of %s ratings are likes: "
                        + "accuracy is misleading, read AUC and log-loss (or change the like threshold)",
                        100 * rate, d.domain()))
                        .plainly(String.format(Locale.ROOT, "%.0f in 100 ratings in %s are likes, so a model that "
                                + "always guesses \"%s\" is right %.0f times in 100 without learning anything; judge "
                                + "by AUC instead of accuracy", 100 * rate, d.domain(), rate > 0.5 ? "like" : "dislike",
                                100 * Math.max(rate, 1 - rate))));
            }
        }
        return out;
    }
}
