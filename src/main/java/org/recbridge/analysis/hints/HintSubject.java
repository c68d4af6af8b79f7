package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunInfo;

/**
 * What a hint is about, so that opening it can point at its bar or curve: a strategy and learner, and the user
 * group and metric where the hint is about one comparison. The rules that speak of a comparison or a run say so
 * in the hint ({@link Hint#subject}); for hints read from results written before they did, the subject is found
 * among the results' own comparisons and runs: the one whose names the message mentions most.
 *
 * @param group  the user group named, or null
 * @param metric the metric named, or null
 */
public record HintSubject(String strategy, String learner, String group, String metric) {
    /** The hint's own subject, else the one its text names in {@code results}; empty when there is none. */
    public static Optional<HintSubject> of(Hint hint, ExperimentResults results) {
        if (hint.subject() != null) {
            return Optional.of(hint.subject());
        }
        if (results == null) {
            return Optional.empty();
        }
        String text = hint.message();
        HintSubject best = null;
        int bestScore = 0;
        for (HintSubject s : candidates(results)) {
            if (!names(text, s.strategy) || !names(text, s.learner)) {
                continue;
            }
            String group = s.group != null && names(text, s.group) ? s.group : null;
            String metric = s.metric != null && names(text, s.metric) ? s.metric : null;
            int score = 2 + (group == null ? 0 : 1) + (metric == null ? 0 : 1);
            if (score > bestScore) {
                best = new HintSubject(s.strategy, s.learner, group, metric);
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A comparison's strategy, learner, user group and metric. */
    static HintSubject of(Comparison c) {
        return new HintSubject(c.strategy(), c.learner(), c.group(), c.metric());
    }

    /** The comparisons first (a tie goes to them: the baseline their hints also name is never their strategy), then the runs. */
    private static List<HintSubject> candidates(ExperimentResults results) {
        List<HintSubject> all = new ArrayList<>();
        for (Comparison c : results.comparisons()) {
            all.add(of(c));
        }
        for (RunInfo r : results.runs()) {
            all.add(new HintSubject(r.strategy(), r.learner(), null, null));
        }
        return all;
    }

    /** {@code name} as a word of its own: "transfer" is not named by "model-transfer". */
    public static boolean names(String text, String name) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text).find();
    }
}
