package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbridge.analysis.curves.Sweep;

/** A sweep where more capacity made validation worse while train kept improving. */
final class SweepOverfittingRule implements HintRule {
    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        if (in.results() == null) {
            return out;
        }
        for (Sweep s : in.results().sweeps()) {
            if (s.overfittingFrom() != null) {
                String direction = s.parameter().equals("l2") ? "at " + s.parameter() + " = %s and below"
                        : "at " + s.parameter() + " = %s and above";
                out.add(Hint.warning("overfitting-sweep", String.format(Locale.ROOT, "validation %s gets worse "
                        + direction + " while train improves (%s, %s): overfitting; the sweep selected %s = %s on "
                        + "validation", s.metric(), number(s.overfittingFrom()), s.strategy(), s.learner(),
                        s.parameter(), number(s.selected())))
                        .plainly(String.format(Locale.ROOT, "with %s %s %s, the %s model of %s learns the training "
                                + "data by heart: better on it, worse on data it has not seen; the sweep kept %s = %s, "
                                + "chosen on validation data", s.parameter(), s.parameter().equals("l2") ? "at or below"
                                : "at or above", number(s.overfittingFrom()), s.learner(),
                                PlainWords.strategy(s.strategy()), s.parameter(), number(s.selected()))));
            }
        }
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) >= 1 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
