package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.analysis.significance.Comparison;

/**
 * The strategy that beats the baseline most clearly for each user group, where one does: significantly, by at
 * least the minimum effect (the rule negative transfer uses the other way round) and with an interval over
 * enough seeds to support it ({@link MeasuredEffect#supported}).
 */
final class TransferPaysOffRule implements HintRule {
    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        for (Comparison best : MeasuredEffect.bestHelps(in.results())) {
            out.add(Hint.info("transfer-pays-off", MeasuredEffect.words(best) + ": transfer pays off for them")
                    .plainly(PlainWords.effect(best) + ": transfer pays off for them").about(HintSubject.of(best)));
        }
        return out;
    }
}
