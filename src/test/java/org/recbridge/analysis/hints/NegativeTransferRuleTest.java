package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.analysis.hints.HintFixtures.*;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.eval.Verdict;
import org.recbridge.report.ResultsTable;

/** The hint fires exactly where the tables print the flag, and words the verdict as they do. */
class NegativeTransferRuleTest {
    private final HintRule rule = new NegativeTransferRule();

    @Test
    void firesOnASignificantLossStatingEffectIntervalAndSeeds() {
        Comparison c = measured("fine-tune", "cold", -0.05, -0.06, -0.04);
        assertEquals(Verdict.WORSE, c.verdict());
        assertOne(hints(rule, null, withComparisons(c)), "negative-transfer",
                "fine-tune (fm) against target-only for cold users: AUC -0.0500 [-0.0791, -0.0209] over 3 seeds "
                        + "(lost 3 of 3",
                "; verdict worse, the mean loss at least the minimum effect 0.0050: negative transfer");
        assertEquals(new HintSubject("fine-tune", "fm", "cold", "AUC"),
                hints(rule, null, withComparisons(c)).get(0).subject(), "the comparison it is about, for its bar");
    }

    @Test
    void aLossOnEverySeedTheTestMissesIsWordedAsTheTablesWordIt() {
        Comparison c = measured("fine-tune", "cold", -0.01, -0.09, -0.02, -0.07, -0.01);
        assertEquals(Verdict.NO_DIFFERENCE, c.verdict());
        Hint h = hints(rule, null, withComparisons(c)).get(0);
        assertTrue(h.message().contains("verdict worse on every seed (not significant), the mean loss at least"),
                h.message());
        assertTrue(h.message().contains("the interval includes 0, so its size is uncertain"), h.message());
        assertLacks(h, "no difference");
    }

    @Test
    void aStrategyThatHurtsInSeveralComparisonsIsOneHintStatingEachAndAboutTheLargestLoss() {
        Comparison cold = measured("source-only", "cold", -0.05, -0.06, -0.04);
        Comparison warm = measured("source-only", "warm", -0.09, -0.10, -0.08);
        Comparison all = measured("source-only", "all", -0.01, -0.09, -0.02);
        Comparison pooled = measured("pooled", "cold", -0.05, -0.06, -0.04);
        Comparison fine = measured("fine-tune", "cold", 0.05, 0.06, 0.04);
        List<Hint> hints = hints(rule, null, withComparisons(cold, pooled, warm, fine, all));
        assertEquals(2, hints.size(), hints.toString());
        String several = hints.get(0).message();
        assertTrue(several.startsWith("source-only against target-only: negative transfer in 3 comparisons, the "
                + "source misleads here: fm for cold users: AUC -0.0500 [-0.0791, -0.0209] over 3 seeds (lost 3 of 3, "
                + "corrected t-test p = "), several);
        assertTrue(several.contains("; fm for warm users: AUC -0.0900 ["), several);
        assertTrue(several.contains("; fm for all users: AUC -0.0400 [") && several.contains("verdict worse on every "
                + "seed (not significant); each a mean loss of at least the minimum effect 0.0050"), several);
        assertEquals(new HintSubject("source-only", "fm", "warm", "AUC"), hints.get(0).subject(), "the largest loss");
        // a strategy flagged once keeps the one-comparison wording
        assertTrue(hints.get(1).message().startsWith("pooled (fm) against target-only for cold users: AUC -0.0500"),
                hints.get(1).message());
        assertEquals(new HintSubject("pooled", "fm", "cold", "AUC"), hints.get(1).subject());
    }

    @Test
    void silentOnALossBelowTheMinimumEffectOrOnASplitVerdict() {
        assertTrue(hints(rule, null, quietResults()).isEmpty());
        Comparison tiny = measured("fine-tune", "cold", -0.0010, -0.0011, -0.0009);
        assertEquals(Verdict.WORSE, tiny.verdict());
        assertTrue(hints(rule, null, withComparisons(tiny)).isEmpty());
        assertTrue(hints(rule, null, withComparisons(measured("fine-tune", "cold", -0.12, -0.08, 0.05))).isEmpty());
    }

    @Test
    void theHintTheFlagAndTheVerdictAreOneRule() {
        SplittableRandom random = new SplittableRandom(13);
        int flagged = 0;
        for (int trial = 0; trial < 300; trial++) {
            double[] d = new double[2 + random.nextInt(5)];
            double shift = random.nextDouble(-0.03, 0.03);
            for (int i = 0; i < d.length; i++) {
                d[i] = shift + random.nextDouble(-0.02, 0.02);
            }
            Comparison c = measured("pooled", "cold", d);
            boolean hinted = !hints(rule, null, withComparisons(c)).isEmpty();
            String table = ResultsTable.comparisons(List.of(c));
            assertEquals(c.negativeTransfer(), hinted, c.toString());
            // the table's first line explains the flag; the comparison's own line carries it or not
            assertEquals(c.negativeTransfer(), table.lines().skip(1).anyMatch(l -> l.contains("NEGATIVE TRANSFER")),
                    table);
            if (hinted) {
                flagged++;
                assertTrue(hints(rule, null, withComparisons(c)).get(0).message().contains(c.verdictWords()));
                assertFalse(c.verdictWords().contains("no difference"), c.toString());
            }
        }
        assertTrue(flagged > 10, "the trials include clear losses: " + flagged);
    }
}
