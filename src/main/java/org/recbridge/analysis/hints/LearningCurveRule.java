package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbridge.analysis.curves.LearningCurve;
import org.recbridge.analysis.curves.TransferPayoff;

/**
 * Where the target's own data catches up with the best transfer strategy: the smallest budget at which
 * target-only comes within the best strategy's interval ({@link TransferPayoff}). Below it transfer pays off.
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
            TransferPayoff.crossing(curves, base.learner(), base.group(), base.metric()).filter(c -> !c.first())
                    .ifPresent(c -> out.add(Hint.info("learning-curve", String.format(Locale.ROOT, "with %.0f%% of "
                            + "the target training data target-only (%s %.4f) reaches %s (%.4f, %s): below that "
                            + "budget transfer pays off, above it the target's own data suffices", 100 * c.budget(),
                            base.metric(), c.baselineMean(), c.best(), c.bestMean(), base.learner()))));
        }
        return out;
    }
}
