package org.recbridge.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.SummaryRow;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * What students should see in the playground, on its own pair and strategies (pooled against target-only, the
 * sliders' other defaults): transfer pays when the domains' tastes agree and stops paying as rho falls.
 */
class WhatIfTest {
    @Test
    void transferStopsPayingAsRhoFalls() throws Exception {
        double related = gain(0.9);
        double halfway = gain(0.5);
        double unrelated = gain(0.0);
        System.out.printf(Locale.ROOT, "pooled - target-only test AUC, all users: rho 0.9 %+.3f, 0.5 %+.3f, 0 %+.3f%n",
                related, halfway, unrelated);
        assertTrue(related > 0.03, "transfer pays at rho 0.9: " + related);
        assertTrue(related > halfway && halfway > unrelated, "the gain falls with rho: " + related + ", " + halfway
                + ", " + unrelated);
        assertTrue(unrelated < 0.01, "no gain from unrelated tastes: " + unrelated);
    }

    /** pooled's mean test AUC over the seeds minus target-only's, all users, at the sliders' defaults but rho. */
    private static double gain(double rho) throws Exception {
        long start = System.nanoTime();
        ExperimentResults r = WhatIf.run(WhatIf.settings(rho, 0.5, 6, 0.05), List.of("target-only", "pooled"),
                ProgressListener.none(), CancelToken.none());
        System.out.printf(Locale.ROOT, "rho %.1f: %.1f s%n", rho, (System.nanoTime() - start) / 1e9);
        return mean(r, "pooled") - mean(r, "target-only");
    }

    private static double mean(ExperimentResults r, String strategy) {
        return r.summary().stream().filter(s -> s.strategy().equals(strategy) && s.group().equals("all")
                && s.metric().equals("AUC")).mapToDouble(SummaryRow::mean).findFirst().orElseThrow();
    }
}
