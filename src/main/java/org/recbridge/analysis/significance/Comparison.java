package org.recbridge.analysis.significance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.recbridge.eval.Verdict;

/**
 * One strategy against the baseline on one metric and user group, paired by seed.
 *
 * @param meanDifference   mean of (strategy - baseline) over seeds
 * @param differenceLower  lower end of the corrected t-test's interval of the mean difference at {@code confidence}
 *                         (wider than the plain t-interval over seeds, since the seeds' training sets overlap)
 * @param differenceUpper  upper end
 * @param confidence       the interval's level, 1 - alpha: it excludes 0 exactly where the verdict is better or
 *                         worse. NaN in results written before it was recorded, whose interval is the plain 95% one
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
                         double meanDifference, double differenceLower, double differenceUpper, double confidence,
                         double tStatistic, double tPValue, double wilcoxonPValue, int wins, int ties, int losses,
                         Verdict verdict, boolean negativeTransfer, double minimumEffect) {
    /** How a comparison reads at a glance: the one colour every table, report and chart gives its verdict. */
    public enum Standing {
        /** Transfer pays off ({@link #paysOff()}): green. */
        PAYS_OFF,
        /** Negative transfer ({@link #negativeTransfer()}): red. */
        NEGATIVE,
        /** Everything else, including a significant difference smaller than the minimum effect: no colour. */
        NEUTRAL
    }

    /** Words added to a significant verdict whose mean difference is smaller than {@code minimumEffect}. */
    public static final String BELOW_MINIMUM = " (below the minimum effect)";

    /**
     * The verdict as every table, report and hint words it: better, worse, no difference, "worse on every seed
     * (not significant)" for a negative transfer the t-test alone misses, and "better (below the minimum effect)"
     * (or worse) for a significant difference too small to count. One wording for one rule ({@link #standing()}),
     * so a line can never read "no difference" beside the negative-transfer flag, nor a plain "better" in green
     * for +0.0007 when the project counts differences from 0.005.
     */
    public String verdictWords() {
        if (negativeTransfer && verdict != Verdict.WORSE) {
            return "worse on every seed (not significant)";
        }
        String words = verdict.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return verdict != Verdict.NO_DIFFERENCE && !meetsMinimumEffect() ? words + BELOW_MINIMUM : words;
    }

    /** Whether the mean difference, either way, is at least the minimum effect that counts. */
    public boolean meetsMinimumEffect() {
        return Math.abs(meanDifference) >= minimumEffect;
    }

    /** Pays off, negative transfer, or neither: what the verdict's colour says. */
    public Standing standing() {
        return paysOff() ? Standing.PAYS_OFF : negativeTransfer ? Standing.NEGATIVE : Standing.NEUTRAL;
    }

    /** "+0.0300 [+0.0010, +0.0600]": the mean difference and its interval, or the difference alone with one seed. */
    public String differenceText() {
        return Double.isNaN(differenceLower) ? String.format(Locale.ROOT, "%+.4f", meanDifference)
                : String.format(Locale.ROOT, "%+.4f [%+.4f, %+.4f]", meanDifference, differenceLower, differenceUpper);
    }

    /** The interval's level as a column header says it, e.g. "95%". */
    public String intervalLevel() {
        double level = confidence > 0 && confidence < 1 ? confidence : 0.95;
        return new BigDecimal(level * 100).round(new MathContext(4)).stripTrailingZeros().toPlainString() + "%";
    }

    /** Significantly better than the baseline by at least the minimum effect: transfer pays off. */
    public boolean paysOff() {
        return verdict == Verdict.BETTER && meetsMinimumEffect();
    }
}
