package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;

/** The rules, in the order their hints are shown; adding a rule is one class plus one line here. */
public final class Hints {
    private static final List<HintRule> RULES = List.of(
            new NothingSharedRule(), new FewSharedUsersRule(), new DomainDistanceRule(), new ImbalanceRule(),
            new RedundantFeaturesRule(), new FewSeedsRule(), new NegativeTransferRule(), new TransferPaysOffRule(),
            new EpochOverfittingRule(), new SweepOverfittingRule(), new LearningCurveRule());

    private Hints() {
    }

    public static List<Hint> advise(HintInputs inputs) {
        List<Hint> out = new ArrayList<>();
        for (HintRule rule : RULES) {
            out.addAll(rule.apply(inputs));
        }
        return out;
    }
}
