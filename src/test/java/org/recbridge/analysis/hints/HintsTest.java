package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.analysis.hints.HintFixtures.quiet;
import static org.recbridge.analysis.hints.HintFixtures.quietResults;

import org.junit.jupiter.api.Test;

/** The rules together; each rule has its own test class with the data where it must fire and stay silent. */
class HintsTest {
    @Test
    void allRulesTogetherAreSilentOnQuietInputs() {
        assertTrue(Hints.advise(new HintInputs(quietResults(), quiet())).isEmpty(),
                Hints.advise(new HintInputs(quietResults(), quiet())).toString());
    }
}
