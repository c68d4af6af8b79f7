package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.analysis.hints.HintFixtures.aDistance;
import static org.recbridge.analysis.hints.HintFixtures.diagnostics;
import static org.recbridge.analysis.hints.HintFixtures.measured;
import static org.recbridge.analysis.hints.HintFixtures.quiet;
import static org.recbridge.analysis.hints.HintFixtures.quietResults;
import static org.recbridge.analysis.hints.HintFixtures.withComparisons;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.diagnostics.DomainDiagnostics;
import org.recbridge.experiment.ExperimentResults;

/** The rules together; each rule has its own test class with the data where it must fire and stay silent. */
class HintsTest {
    @Test
    void theHintsAboutTheInputsAloneAreCheckedAgainstARunOfTheSameData() {
        DomainDiagnostics far = diagnostics(List.of(), List.of(), List.of(aDistance(1.9)), List.of());
        ExperimentResults helps = withComparisons(measured("pooled", "cold", 0.05, 0.06, 0.04));
        List<Hint> alone = Hints.aboutInputs(far, null);
        assertEquals(1, alone.size(), alone.toString());
        assertTrue(alone.get(0).message().contains("pooling may hurt"), alone.toString());
        List<Hint> checked = Hints.aboutInputs(far, helps);
        assertEquals(List.of("domain-distance"), checked.stream().map(Hint::rule).toList(),
                "no hint about the results themselves: " + checked);
        assertTrue(checked.get(0).message().contains("pooling still helps here"), checked.toString());
        assertTrue(Hints.advise(new HintInputs(helps, far)).stream()
                .anyMatch(h -> h.rule().equals("transfer-pays-off")));
    }

    @Test
    void allRulesTogetherAreSilentOnQuietInputs() {
        assertTrue(Hints.advise(new HintInputs(quietResults(), quiet())).isEmpty(),
                Hints.advise(new HintInputs(quietResults(), quiet())).toString());
    }
}
