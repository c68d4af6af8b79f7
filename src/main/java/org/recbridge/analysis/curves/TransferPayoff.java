package org.recbridge.analysis.curves;

import java.util.List;
import java.util.Optional;
import org.recbridge.analysis.significance.Comparisons;

/**
 * Where the target's own data stops being clearly behind the best transfer strategy on a set of learning
 * curves: the smallest budget at which the best other strategy is no longer ahead beyond both 95% intervals.
 * Said only when the numbers support it: at least {@value #MIN_SEEDS} seeds at every budget up to there.
 * Overlapping intervals mean "no clear difference", never that target-only "reaches" the other. Shared by the
 * learning-curve hint and the learning-curve chart's label, so both name the same budget.
 */
public final class TransferPayoff {
    public static final String BASELINE = "target-only";
    /** With fewer seeds the intervals are too wide (t with 1 degree of freedom) to tell budgets apart. */
    public static final int MIN_SEEDS = 3;

    /**
     * @param budget   the first budget at which the best strategy is not ahead beyond both intervals
     * @param baseline target-only there
     * @param best     the best other strategy there
     * @param bestAt   its point there
     * @param first    true when that is already the smallest budget (transfer never clearly paid)
     */
    public record Crossing(double budget, BudgetPoint baseline, String best, BudgetPoint bestAt, boolean first) {
        /** The two 95% intervals overlap: no clear difference (else target-only is ahead beyond both). */
        public boolean overlap() {
            return baseline.lower() <= bestAt.upper() && bestAt.lower() <= baseline.upper();
        }

        /** Seeds behind the smaller of the two points. */
        public int seeds() {
            return Math.min(baseline.n(), bestAt.n());
        }
    }

    private TransferPayoff() {
    }

    /**
     * Over the curves of one learner, group and metric; empty when the best strategy stays ahead at every budget,
     * when target-only is absent, or when a budget up to the crossing has fewer than {@value #MIN_SEEDS} seeds.
     */
    public static Optional<Crossing> crossing(List<LearningCurve> curves, String learner, String group, String metric) {
        LearningCurve base = curves.stream().filter(c -> c.strategy().equals(BASELINE) && c.learner().equals(learner)
                && c.group().equals(group) && c.metric().equals(metric)).findFirst().orElse(null);
        if (base == null) {
            return Optional.empty();
        }
        boolean higher = Comparisons.higherIsBetter(metric);
        for (int i = 0; i < base.points().size(); i++) {
            BudgetPoint b = base.points().get(i);
            LearningCurve best = bestOther(curves, base, i, higher);
            if (best == null || b.n() < MIN_SEEDS || best.points().get(i).n() < MIN_SEEDS) {
                return Optional.empty();
            }
            BudgetPoint o = best.points().get(i);
            boolean bestAhead = higher ? o.lower() > b.upper() : o.upper() < b.lower();
            if (!bestAhead) {
                return Optional.of(new Crossing(b.budget(), b, best.strategy(), o, i == 0));
            }
        }
        return Optional.empty();
    }

    private static LearningCurve bestOther(List<LearningCurve> curves, LearningCurve base, int i, boolean higher) {
        LearningCurve best = null;
        for (LearningCurve c : curves) {
            if (c == base || !c.learner().equals(base.learner()) || !c.group().equals(base.group())
                    || !c.metric().equals(base.metric()) || c.points().size() <= i) {
                continue;
            }
            double v = c.points().get(i).mean();
            if (best == null || (higher ? v > best.points().get(i).mean() : v < best.points().get(i).mean())) {
                best = c;
            }
        }
        return best;
    }
}
