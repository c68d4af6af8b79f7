package org.recbridge.analysis.curves;

import java.util.List;
import java.util.Optional;
import org.recbridge.analysis.significance.Comparisons;

/**
 * Where the target's own data catches up with the best transfer strategy on a set of learning curves: the
 * smallest budget at which target-only comes within the interval of the best other strategy at that budget.
 * Below it transfer pays off; from it on the target's own data suffices. Shared by the learning-curve hint
 * and the learning-curve chart's label, so both name the same budget.
 */
public final class TransferPayoff {
    public static final String BASELINE = "target-only";

    /**
     * @param budget       the budget at which target-only caught up
     * @param baselineMean target-only's mean there
     * @param best         the best other strategy there
     * @param bestMean     its mean there
     * @param first        true when target-only was already level at the smallest budget (transfer never paid)
     */
    public record Crossing(double budget, double baselineMean, String best, double bestMean, boolean first) {
    }

    private TransferPayoff() {
    }

    /** Over the curves of one learner, group and metric; empty when target-only never catches up or is absent. */
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
            if (best == null) {
                return Optional.empty();
            }
            BudgetPoint o = best.points().get(i);
            if (higher ? b.mean() >= o.lower() : b.mean() <= o.upper()) {
                return Optional.of(new Crossing(b.budget(), b.mean(), best.strategy(), o.mean(), i == 0));
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
