package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbridge.analysis.curves.BudgetPoint;
import org.recbridge.analysis.curves.LearningCurve;
import org.recbridge.analysis.significance.Comparisons;

/**
 * Where the target's own data catches up with the best transfer strategy: the smallest budget at which
 * target-only comes within the best strategy's interval. Below it transfer pays off.
 */
final class LearningCurveRule implements HintRule {
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
                if (best == null) {
                    break;
                }
                BudgetPoint o = best.points().get(i);
                boolean caughtUp = higher ? b.mean() >= o.lower() : b.mean() <= o.upper();
                if (caughtUp) {
                    if (i > 0) {
                        out.add(Hint.info("learning-curve", String.format(Locale.ROOT, "with %.0f%% of the target "
                                + "training data target-only (%s %.4f) reaches %s (%.4f, %s): below that budget "
                                + "transfer pays off, above it the target's own data suffices", 100 * b.budget(),
                                base.metric(), b.mean(), best.strategy(), o.mean(), base.learner())));
                    }
                    break;
                }
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
