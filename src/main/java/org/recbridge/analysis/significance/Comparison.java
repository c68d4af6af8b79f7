package org.recbridge.analysis.significance;

import java.util.Locale;
import org.recbridge.eval.Verdict;

/**
 * One strategy against the baseline on one metric and user group, paired by seed.
 *
 * @param meanDifference   mean of (strategy - baseline) over seeds
 * @param differenceLower  lower end of the plain 95% t-interval of the paired differences: their spread over
 *                         seeds. The verdict's corrected t-test is wider, since the seeds' training sets overlap.
 * @param differenceUpper  upper end
 * @param tStatistic       Nadeau-Bengio corrected resampled t statistic
 * @param tPValue          its two-sided p-value (decides the verdict)
 * @param wilcoxonPValue   Wilcoxon signed-rank two-sided p-value (with 5 seeds it cannot go below 0.0625)
 * @param verdict          better, worse or no difference at alpha
 * @param negativeTransfer worse on average by at least {@code minimumEffect}, and consistently: the verdict is
 *                         WORSE, or the strategy lost on every seed (3 or more) while the test stayed above alpha
 * @param minimumEffect    the smallest difference that counts (evaluation.minimumEffect, by default 0.005 for
 *                         AUC and 0.01 for RMSE)
 */
public record Comparison(String strategy, String learner, String baseline, String group, String metric, int seeds,
                         double meanDifference, double differenceLower, double differenceUpper, double tStatistic,
                         double tPValue, double wilcoxonPValue, int wins, int ties, int losses, Verdict verdict,
                         boolean negativeTransfer, double minimumEffect) {
    /**
     * The verdict as every table, report and hint words it: better, worse, no difference, or "worse on every seed
     * (not significant)" for a negative transfer the t-test alone misses. One wording for one rule, so a line can
     * never read "no difference" beside the negative-transfer flag.
     */
    public String verdictWords() {
        if (negativeTransfer && verdict != Verdict.WORSE) {
            return "worse on every seed (not significant)";
        }
        return verdict.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Significantly better than the baseline by at least the minimum effect: transfer pays off. */
    public boolean paysOff() {
        return verdict == Verdict.BETTER && Math.abs(meanDifference) >= minimumEffect;
    }
}
