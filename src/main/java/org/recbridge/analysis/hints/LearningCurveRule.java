package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbridge.analysis.curves.BudgetPoint;
import org.recbridge.analysis.curves.LearningCurve;
import org.recbridge.analysis.significance.Comparisons;

/**
 * Where the target's own data stops being clearly behind the best transfer strategy. Said only when the
 * numbers support it: at least {@value #MIN_SEEDS} seeds at every budget, the best strategy ahead beyond both
 * 95% intervals at every smaller budget, and the two intervals overlapping at that budget. Overlapping
 * intervals mean "no clear difference", never that target-only "reaches" the other.
 */
final class LearningCurveRule implements HintRule {
    /** With fewer seeds the intervals are too wide (t with 1 degree of freedom) to tell budgets apart. */
    static final int MIN_SEEDS = 3;

    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        if (in.results() == null) {
            return out;
        }
        String main = in.results().metrics().get(0);
        for (LearningCurve base : in.results().learningCurves()) {
            if (!base.strategy().equals("target-only") || !base.group().equals("all") || !base.metric().equals(main)) {
                continue;
            }
            boolean higher = Comparisons.higherIsBetter(base.metric());
            for (int i = 0; i < base.points().size(); i++) {
                BudgetPoint b = base.points().get(i);
                LearningCurve best = bestOther(in, base, i, higher);
                if (best == null || b.n() < MIN_SEEDS || best.points().get(i).n() < MIN_SEEDS) {
                    break;
                }
                BudgetPoint o = best.points().get(i);
                boolean bestAhead = higher ? o.lower() > b.upper() : o.upper() < b.lower();
                boolean overlap = b.lower() <= o.upper() && o.lower() <= b.upper();
                if (bestAhead) {
                    continue;
                }
                if (overlap && i > 0) {
                    out.add(Hint.info("learning-curve", String.format(Locale.ROOT, "with %.0f%% of the target "
                                    + "training data, target-only (%s %.4f [%.4f, %.4f]) and %s (%.4f [%.4f, %.4f]) "
                                    + "overlap in their 95%% intervals over %d seeds (%s): no clear difference there; "
                                    + "with less target data %s is ahead beyond both intervals, so transfer pays off",
                            100 * b.budget(), base.metric(), b.mean(), b.lower(), b.upper(), best.strategy(), o.mean(),
                            o.lower(), o.upper(), Math.min(b.n(), o.n()), base.learner(), best.strategy())));
                }
                break;
            }
        }
        return out;
    }
    private static LearningCurve bestOther(HintInputs in, LearningCurve base, int i, boolean higher) {
        LearningCurve best = null;
        for (LearningCurve c : in.results().learningCurves()) {
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
