package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.analysis.diagnostics.DomainDiagnostics;
import org.recbridge.experiment.ExperimentResults;

/** The rules, in the order their hints are shown; adding a rule is one class plus one line here. */
public final class Hints {
    /** Rules drawn from the domain diagnostics, before any training (checked against comparisons when given). */
    private static final List<HintRule> INPUT_RULES = List.of(
            new NothingSharedRule(), new FewSharedUsersRule(), new DomainDistanceRule(), new ImbalanceRule(),
            new RedundantFeaturesRule());
    /** Rules drawn from a run's results. */
    private static final List<HintRule> RESULT_RULES = List.of(
            new FewSeedsRule(), new NegativeTransferRule(), new TransferPaysOffRule(), new GainIsBaselineRule(),
            new EpochOverfittingRule(),
            new SweepOverfittingRule(), new LearningCurveRule());

    private Hints() {
    }

    public static List<Hint> advise(HintInputs inputs) {
        List<Hint> out = apply(INPUT_RULES, inputs);
        out.addAll(apply(RESULT_RULES, inputs));
        return out;
    }

    /**
     * The hints about the domains alone, as a screen of diagnostics shows them; where a run of the same data is
     * at hand, they are checked against its comparisons so they never contradict what it measured.
     *
     * @param measured the run the diagnostics came from, or null
     */
    public static List<Hint> aboutInputs(DomainDiagnostics diagnostics, ExperimentResults measured) {
        return apply(INPUT_RULES, new HintInputs(measured, diagnostics));
    }

    private static List<Hint> apply(List<HintRule> rules, HintInputs inputs) {
        List<Hint> out = new ArrayList<>();
        for (HintRule rule : rules) {
            out.addAll(rule.apply(inputs));
        }
        return out;
    }
}
