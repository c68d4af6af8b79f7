package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.ui.results.ResultsViewModelTest;

/** A hint's subject is read off the results it names: pooled, with linear and fm, against target-only. */
class HintSubjectTest {
    private final ExperimentResults results = ResultsViewModelTest.results();

    @Test
    void aNegativeTransferHintIsAboutTheFlaggedStrategyNotTheBaselineItAlsoNames() {
        Hint hint = new Hint("negative-transfer", "warning", "pooled (fm) is worse than target-only on 3 of 3 seeds "
                + "for cold users (AUC -0.0500, corrected t-test p = 0.0100, minimum effect 0.0050): negative transfer");
        assertEquals(Optional.of(new HintSubject("pooled", "fm", "cold", "AUC")), HintSubject.of(hint, results));
    }

    @Test
    void aHintsOwnSubjectWinsOverWhatItsTextSeemsToName() {
        HintSubject own = new HintSubject("pooled", "linear", "warm", "AUC");
        Hint hint = new Hint("negative-transfer", "warning", "pooled (fm) is worse for cold users", own);
        assertEquals(Optional.of(own), HintSubject.of(hint, results));
        assertEquals(Optional.of(own), HintSubject.of(hint, null), "no results needed");
    }

    @Test
    void namesMustBeWholeWords() {
        Hint longer = new Hint("negative-transfer", "warning", "pooled-weighted (fm) is worse than target-only");
        assertTrue(HintSubject.of(longer, results).isEmpty(), "pooled-weighted is another strategy");
        Hint noLearner = new Hint("transfer-pays-off", "info", "pooled beats target-only for cold users");
        assertTrue(HintSubject.of(noLearner, results).isEmpty(), "a subject needs the learner too");
        Hint general = new Hint("few-seeds", "warning", "only 1 seed: differences between strategies may be chance");
        assertTrue(HintSubject.of(general, results).isEmpty());
        assertTrue(HintSubject.of(general, null).isEmpty());
    }
}
