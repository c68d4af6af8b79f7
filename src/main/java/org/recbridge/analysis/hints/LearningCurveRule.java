package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbridge.analysis.curves.LearningCurve;
import org.recbridge.analysis.curves.TransferPayoff;

/**
 * Where the target's own data stops being clearly behind the best transfer strategy ({@link TransferPayoff}):
 * said only when the intervals overlap there after transfer was ahead beyond both at every smaller budget.
 */
final class LearningCurveRule implements HintRule {
    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        if (in.results() == null) {
            return out;
        }
        String main = in.results().metrics().get(0);
        List<LearningCurve> curves = in.results().learningCurves();
        for (LearningCurve base : curves) {
            if (!base.strategy().equals(TransferPayoff.BASELINE) || !base.group().equals("all")
                    || !base.metric().equals(main)) {
                continue;
            }
            TransferPayoff.crossing(curves, base.learner(), base.group(), base.metric())
                    .filter(c -> !c.first() && c.overlap()).ifPresent(c -> out.add(Hint.info("learning-curve",
                            String.format(Locale.ROOT, "with %.0f%% of the target training data, target-only (%s "
                                    + "%.4f [%.4f, %.4f]) and %s (%.4f [%.4f, %.4f]) overlap in their 95%% intervals "
                                    + "over %d seeds (%s): no clear difference there; with less target data %s is "
                                    + "ahead beyond both intervals, so transfer pays off", 100 * c.budget(),
                                    base.metric(), c.baseline().mean(), c.baseline().lower(), c.baseline().upper(),
                                    c.best(), c.bestAt().mean(), c.bestAt().lower(), c.bestAt().upper(), c.seeds(),
                                    base.learner(), c.best()))
                            .plainly(String.format(Locale.ROOT, "with %.0f%% of the target's training data, the "
                                    + "target alone does about as well as %s (%s %.2f against %.2f); with less target "
                                    + "data, %s is clearly ahead: transfer is worth most when the target has little "
                                    + "data", 100 * c.budget(), PlainWords.strategy(c.best()), base.metric(),
                                    c.baseline().mean(), c.bestAt().mean(), PlainWords.strategy(c.best())))));
        }
        return out;
    }
}
