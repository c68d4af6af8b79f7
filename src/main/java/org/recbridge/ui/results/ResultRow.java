package org.recbridge.ui.results;

import java.util.Locale;
import java.util.Map;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.experiment.SummaryRow;

/**
 * One line of the results table: a strategy, learner and user group, each metric's mean and interval over
 * seeds, and how it compares with the baseline on the main metric.
 *
 * @param comparison the paired comparison with the baseline, or null (the baseline itself, or not compared)
 */
public record ResultRow(String strategy, String learner, String group, Map<String, SummaryRow> metrics,
                        Comparison comparison, boolean baseline) {

    /** "0.7068 ± 0.0242", or the mean alone for a single seed; "-" when the metric is missing. */
    public String cell(String metric) {
        SummaryRow s = metrics.get(metric);
        return s == null ? "-" : s.meanAndHalfWidth();
    }

    /** better, worse, no difference, baseline, or empty when there is nothing to compare. */
    public String verdict() {
        if (baseline) {
            return "baseline";
        }
        return comparison == null ? "" : comparison.verdictWords();
    }

    public boolean negativeTransfer() {
        return comparison != null && comparison.negativeTransfer();
    }

    /** Whether the row mentions {@code text} (lower case) in its strategy, learner, group or verdict. */
    boolean mentions(String text) {
        return strategy.toLowerCase(Locale.ROOT).contains(text) || learner.toLowerCase(Locale.ROOT).contains(text)
                || group.toLowerCase(Locale.ROOT).contains(text) || verdict().contains(text)
                || (negativeTransfer() && "negative transfer".contains(text));
    }
}
