package org.recbridge.analysis.significance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recbridge.eval.Interval;
import org.recbridge.eval.PairedTests;
import org.recbridge.eval.TTestResult;
import org.recbridge.eval.Verdict;
import org.recbridge.eval.WilcoxonResult;
import org.recbridge.eval.WinTieLoss;
import org.recbridge.experiment.RunRecord;

/**
 * Compares every strategy with a baseline (default target-only) per learner, user group and metric, paired
 * by seed: the corrected resampled t-test (Nadeau and Bengio), which accounts for the overlap between the
 * training sets of different seeds, the Wilcoxon signed-rank test, and win/tie/loss counts.
 */
public final class Comparisons {
    /** Differences smaller than this count as ties. */
    private static final double TIE = 1e-9;

    private Comparisons() {
    }

    /**
     * @param testToTrainRatio test rows over training rows of one split (the t-test's correction term)
     * @param higherIsBetter   true for AUC, accuracy, HR and NDCG; false for RMSE, MAE and log-loss
     * @param minimumEffect    the smallest mean difference that counts as negative transfer
     */
    public static List<Comparison> compute(List<RunRecord> records, String baseline, String metric,
                                           boolean higherIsBetter, double testToTrainRatio, double alpha,
                                           double minimumEffect) {
        // strictly paired: seed -> value on each side; a seed twice on one side is refused, never two pairs
        Map<List<String>, List<RunRecord>> groups = new java.util.LinkedHashMap<>();
        for (RunRecord r : records) {
            groups.computeIfAbsent(List.of(r.strategy(), r.learner(), r.group()), k -> new ArrayList<>()).add(r);
        }
        Map<List<String>, List<double[]>> pairs = new java.util.LinkedHashMap<>();
        groups.forEach((k, group) -> {
            List<RunRecord> base = groups.get(List.of(baseline, k.get(1), k.get(2)));
            if (k.get(0).equals(baseline) || base == null) {
                return;
            }
            Map<Long, Double> b = RunRecord.bySeed(base, metric);
            List<double[]> list = new ArrayList<>();
            RunRecord.bySeed(group, metric).forEach((seed, a) -> {
                Double bv = b.get(seed);
                if (bv != null) {
                    list.add(new double[] {a, bv});
                }
            });
            if (!list.isEmpty()) {
                pairs.put(k, list);
            }
        });
        List<Comparison> out = new ArrayList<>();
        pairs.forEach((k, list) -> out.add(compare(k.get(0), k.get(1), baseline, k.get(2), metric, list,
                higherIsBetter, testToTrainRatio, alpha, minimumEffect)));
        return out;
    }

    private static Comparison compare(String strategy, String learner, String baseline, String group, String metric,
                                      List<double[]> pairs, boolean higherIsBetter, double ratio, double alpha,
                                      double minimumEffect) {
        int n = pairs.size();
        double[] a = new double[n];
        double[] b = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = pairs.get(i)[0];
            b[i] = pairs.get(i)[1];
            d[i] = a[i] - b[i];
        }
        TTestResult t = PairedTests.correctedResampledTTest(a, b, ratio);
        WilcoxonResult w = PairedTests.wilcoxonSignedRank(a, b);
        WinTieLoss wtl = PairedTests.winTieLoss(a, b, TIE, higherIsBetter);
        // at 1 - alpha the interval excludes 0 exactly where the verdict is better or worse
        Interval interval = PairedTests.correctedInterval(a, b, ratio, 1 - alpha);
        Verdict verdict = Verdict.decide(t.pValue(), t.meanDifference(), alpha, higherIsBetter);
        // a loss of a strategy that learns nothing from the source (popularity) is a loss, not negative transfer;
        // nor is bias-transfer's for the users target-only knows by their ids, which it does not have
        boolean negative = org.recbridge.transfer.Strategies.lossCanBeTheSources(strategy, group) && isNegativeTransfer(verdict, interval.mean(), wtl.losses(), n, higherIsBetter, minimumEffect);
        return new Comparison(strategy, learner, baseline, group, metric, n, interval.mean(), interval.lower(),
                interval.upper(), 1 - alpha, t.statistic(), t.pValue(), w.pValue(), wtl.wins(), wtl.ties(),
                wtl.losses(), verdict, negative, minimumEffect);
    }

    /** Seeds needed before losing on every one of them counts as a consistent loss. */
    static final int CONSISTENT_SEEDS = 3;

    /**
     * A loss a user would care about: worse than the baseline on average by at least the minimum effect, and
     * consistently so: the corrected t-test says worse, or the strategy lost on every seed (at least 3). The
     * t-test alone is too cautious with 3 to 5 seeds (a loss of 0.04 AUC on all 5 seeds can stay above p = 0.05),
     * and a warning needs less proof than a claim of improvement ({@link Comparison#paysOff()} needs the test).
     */
    static boolean isNegativeTransfer(Verdict verdict, double meanDifference, int losses, int seeds,
                                      boolean higherIsBetter, double minimumEffect) {
        double worseBy = higherIsBetter ? -meanDifference : meanDifference;
        boolean consistent = verdict == Verdict.WORSE || (seeds >= CONSISTENT_SEEDS && losses == seeds);
        return worseBy > 0 && worseBy >= minimumEffect && consistent;
    }

    /** Whether a larger value of the metric is better. */
    public static boolean higherIsBetter(String metric) {
        return !(metric.equals("RMSE") || metric.equals("MAE") || metric.equals("log-loss"));
    }
}
