package org.recbridge.analysis.significance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbridge.eval.Verdict;
import org.recbridge.experiment.RunRecord;

class ComparisonsTest {
    static List<RunRecord> records(String strategy, double... auc) {
        List<RunRecord> out = new ArrayList<>();
        for (int i = 0; i < auc.length; i++) {
            out.add(new RunRecord(strategy, "linear", i + 1, "all", 10, 100, Map.of("AUC", auc[i], "RMSE", auc[i])));
        }
        return out;
    }

    @Test
    void clearlyWorseStrategyIsFlaggedAsNegativeTransferWithHandComputedStatistics() {
        List<RunRecord> records = new ArrayList<>(records("target-only", 0.60, 0.62, 0.61));
        records.addAll(records("pooled", 0.50, 0.53, 0.50));
        Comparison c = Comparisons.compute(records, "target-only", "AUC", true, 0.125, 0.05, 0.005).get(0);
        // d = -0.10, -0.09, -0.11: mean -0.10, sd 0.01; corrected se = sqrt((1/3 + 0.125) * 0.01^2) = 0.0067700
        assertEquals(-0.10, c.meanDifference(), 1e-12);
        assertEquals(-14.7710, c.tStatistic(), 1e-3);
        // the corrected test's 95% interval: half-width t_{0.975,2} * se = 4.30265 * 0.0067700 = 0.029129 (the plain
        // interval of the differences, 4.30265 * 0.01 / sqrt(3) = 0.024841, would be narrower)
        assertEquals(-0.129129, c.differenceLower(), 1e-5);
        assertEquals(-0.070871, c.differenceUpper(), 1e-5);
        assertEquals(0.95, c.confidence(), 1e-12);
        assertEquals("95%", c.intervalLevel());
        assertEquals(0.25, c.wilcoxonPValue(), 1e-12); // n = 3, all differences negative: 2 * 1/8
        assertEquals(0, c.wins());
        assertEquals(3, c.losses());
        assertEquals(Verdict.WORSE, c.verdict());
        assertTrue(c.negativeTransfer());
        assertTrue(c.tPValue() < 0.01);
    }

    @Test
    void aSimplerModelsLossForUsersTargetOnlyKnowsByIdIsNotNegativeTransferButForColdUsersItIs() {
        List<RunRecord> records = new ArrayList<>();
        for (String group : List.of("all", "warm", "cold")) {
            for (String strategy : List.of("target-only", "bias-transfer", "popularity", "pooled")) {
                boolean baseline = strategy.equals("target-only");
                for (int seed = 1; seed <= 3; seed++) {
                    double auc = (baseline ? 0.60 : 0.50) + 0.01 * seed;
                    records.add(new RunRecord(strategy, "linear", seed, group, 10, 100, Map.of("AUC", auc)));
                }
            }
        }
        for (Comparison c : Comparisons.compute(records, "target-only", "AUC", true, 0.125, 0.05, 0.005)) {
            assertEquals(Verdict.WORSE, c.verdict(), c.toString());
            // bias-transfer has no user ids: for users target-only knows by id its loss is its simplicity; popularity
            // learns nothing from the source; pooled, a target model plus the source, is misled by it everywhere
            boolean expected = c.strategy().equals("pooled")
                    || (c.strategy().equals("bias-transfer") && c.group().equals("cold"));
            assertEquals(expected, c.negativeTransfer(), c.strategy() + " " + c.group());
        }
    }

    @Test
    void aNoisyDifferenceIsNoDifferenceAndNotFlagged() {
        List<RunRecord> records = new ArrayList<>(records("target-only", 0.60, 0.62, 0.61));
        records.addAll(records("pooled", 0.58, 0.65, 0.60));
        Comparison c = Comparisons.compute(records, "target-only", "AUC", true, 0.125, 0.05, 0.005).get(0);
        assertEquals(Verdict.NO_DIFFERENCE, c.verdict());
        assertFalse(c.negativeTransfer());
        assertEquals(1, c.wins());
        assertEquals(2, c.losses());
    }

    @Test
    void forErrorMetricsHigherIsWorse() {
        List<RunRecord> records = new ArrayList<>(records("target-only", 1.00, 1.02, 1.01));
        records.addAll(records("pooled", 1.10, 1.11, 1.12));
        Comparison c = Comparisons.compute(records, "target-only", "RMSE", false, 0.125, 0.05, 0.01).get(0);
        assertEquals(Verdict.WORSE, c.verdict());
        assertTrue(c.negativeTransfer());
        assertFalse(Comparisons.higherIsBetter("RMSE"));
        assertTrue(Comparisons.higherIsBetter("NDCG@10"));
    }

    static RunRecord record(String strategy, int seed, double auc) {
        return new RunRecord(strategy, "linear", seed, "all", 10, 100, Map.of("AUC", auc));
    }

    /** target-only at 0.60 + seed/100, the strategy at that plus the given differences. */
    static List<RunRecord> differences(double... d) {
        List<RunRecord> out = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            out.add(record("target-only", i + 1, 0.60 + i / 100.0));
            out.add(record("pooled", i + 1, 0.60 + i / 100.0 + d[i]));
        }
        return out;
    }

    @Test
    void aNegligibleNoisyLossIsNoDifferenceAndNotFlagged() {
        // issue 8: -0.0005 AUC at p about 0.08 was printed "no difference, NEGATIVE TRANSFER"
        Comparison c = Comparisons.compute(differences(-0.0002, -0.0011, -0.0001, -0.0009, -0.0002), "target-only",
                "AUC", true, 0.125, 0.05, 0.005).get(0);
        assertEquals(-0.0005, c.meanDifference(), 1e-12);
        assertTrue(c.tPValue() > 0.05 && c.tPValue() < 0.15, "p " + c.tPValue());
        assertEquals(Verdict.NO_DIFFERENCE, c.verdict());
        assertFalse(c.negativeTransfer());
    }

    @Test
    void aSignificantLossBelowTheMinimumEffectIsWorseButNotNegativeTransfer() {
        List<RunRecord> records = differences(-0.0010, -0.0011, -0.0009);
        Comparison c = Comparisons.compute(records, "target-only", "AUC", true, 0.125, 0.05, 0.005).get(0);
        assertEquals(Verdict.WORSE, c.verdict());
        assertFalse(c.negativeTransfer(), "a loss of 0.001 AUC is below the minimum effect 0.005");
        assertEquals(0.005, c.minimumEffect());
        // the same loss counts once the project says 0.001 matters
        assertTrue(Comparisons.compute(records, "target-only", "AUC", true, 0.125, 0.05, 0.001).get(0).negativeTransfer());
    }

    @Test
    void aLargeLossIsFlaggedWhenSignificantOrOnEverySeed() {
        // worse by 0.05 on average, but one seed better: neither the test nor the seeds agree, so no flag
        Comparison noisy = Comparisons.compute(differences(-0.12, -0.08, 0.05), "target-only", "AUC", true, 0.125,
                0.05, 0.005).get(0);
        assertEquals(Verdict.NO_DIFFERENCE, noisy.verdict());
        assertFalse(noisy.negativeTransfer());
        Comparison clear = Comparisons.compute(differences(-0.05, -0.06, -0.04), "target-only", "AUC", true, 0.125,
                0.05, 0.005).get(0);
        assertEquals(Verdict.WORSE, clear.verdict());
        assertTrue(clear.negativeTransfer());
        // worse by 0.04 on all 5 seeds, too spread for the corrected t-test: flagged, and printed as such
        Comparison everySeed = Comparisons.compute(differences(-0.01, -0.09, -0.02, -0.07, -0.01), "target-only",
                "AUC", true, 0.125, 0.05, 0.005).get(0);
        assertEquals(Verdict.NO_DIFFERENCE, everySeed.verdict());
        assertTrue(everySeed.negativeTransfer());
        String table = org.recbridge.report.ResultsTable.comparisons(List.of(everySeed));
        assertTrue(table.contains("worse on every seed (not significant), NEGATIVE TRANSFER"), table);
        assertFalse(table.contains("no difference"), table);
        // two seeds are too few for the every-seed path
        assertFalse(Comparisons.compute(differences(-0.01, -0.09), "target-only", "AUC", true, 0.125, 0.05, 0.005)
                .get(0).negativeTransfer());
    }

    @Test
    void theFlagNeverContradictsTheVerdict() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(8);
        int flagged = 0;
        for (int trial = 0; trial < 500; trial++) {
            double[] d = new double[2 + random.nextInt(6)];
            double shift = random.nextDouble(-0.03, 0.03);
            for (int i = 0; i < d.length; i++) {
                d[i] = shift + random.nextDouble(-0.02, 0.02);
            }
            Comparison c = Comparisons.compute(differences(d), "target-only", "AUC", true, 0.125, 0.05, 0.005).get(0);
            if (c.negativeTransfer()) {
                flagged++;
                assertTrue(c.verdict() == Verdict.WORSE || c.losses() == c.seeds() && c.seeds() >= 3, c.toString());
                assertTrue(c.meanDifference() <= -0.005, c.toString());
                assertFalse(org.recbridge.report.ResultsTable.comparisons(List.of(c)).contains("no difference"));
            }
            assertFalse(c.paysOff() && c.negativeTransfer());
        }
        assertTrue(flagged > 10, "the trials include clear losses: " + flagged);
    }

    @Test
    void paysOffIsTheSameRuleTheOtherWay() {
        assertTrue(Comparisons.compute(differences(0.05, 0.06, 0.04), "target-only", "AUC", true, 0.125, 0.05, 0.005)
                .get(0).paysOff());
        assertFalse(Comparisons.compute(differences(0.0010, 0.0011, 0.0009), "target-only", "AUC", true, 0.125, 0.05,
                0.005).get(0).paysOff());
    }

    @Test
    void theBaselineIsNotComparedWithItself() {
        List<Comparison> c = Comparisons.compute(records("target-only", 0.6, 0.7), "target-only", "AUC", true, 0.1, 0.05, 0.005);
        assertTrue(c.isEmpty());
    }

    @Test
    void theIntervalExcludesZeroExactlyWhereTheVerdictIsBetterOrWorseAtEveryAlpha() {
        java.util.Random random = new java.util.Random(7);
        int significant = 0;
        int not = 0;
        for (int trial = 0; trial < 600; trial++) {
            double alpha = new double[] {0.05, 0.01, 0.1}[trial % 3];
            int seeds = 2 + random.nextInt(8);
            double shift = random.nextGaussian() * 0.02;
            double[] base = new double[seeds];
            double[] other = new double[seeds];
            for (int i = 0; i < seeds; i++) {
                base[i] = 0.7 + random.nextGaussian() * 0.01;
                other[i] = base[i] + shift + random.nextGaussian() * 0.01;
            }
            List<RunRecord> records = new ArrayList<>(records("target-only", base));
            records.addAll(records("pooled", other));
            Comparison c = Comparisons.compute(records, "target-only", "AUC", true, 0.25, alpha, 0.005).get(0);
            boolean excludesZero = c.differenceLower() > 0 || c.differenceUpper() < 0;
            assertEquals(c.verdict() != Verdict.NO_DIFFERENCE, excludesZero, "trial " + trial + ": " + c);
            assertEquals(1 - alpha, c.confidence(), 1e-12);
            if (excludesZero) {
                significant++;
            } else {
                not++;
            }
        }
        assertTrue(significant > 100 && not > 100, significant + " significant, " + not + " not");
    }

    @Test
    void theLevelIsNamedFromAlphaAndOlderResultsHadThePlain95PercentInterval() {
        List<RunRecord> records = new ArrayList<>(records("target-only", 0.60, 0.62, 0.61));
        records.addAll(records("pooled", 0.50, 0.53, 0.50));
        assertEquals("99%", Comparisons.compute(records, "target-only", "AUC", true, 0.125, 0.01, 0.005).get(0)
                .intervalLevel());
        assertEquals("99.9%", Comparisons.compute(records, "target-only", "AUC", true, 0.125, 0.001, 0.005).get(0)
                .intervalLevel());
        Comparison older = new Comparison("pooled", "linear", "target-only", "all", "AUC", 3, 0.1, 0.05, 0.15,
                Double.NaN, 5,
                0.01, 0.25, 3, 0, 0, Verdict.BETTER, false, 0.005);
        assertEquals("95%", older.intervalLevel());
        assertEquals("+0.1000 [+0.0500, +0.1500]", older.differenceText());
    }

    /** The example: pooled's three seeds present twice must not compare as six seeds. */
    @Test
    void aSeedPresentTwiceIsRefusedNeverTwoPairs() {
        List<RunRecord> records = new ArrayList<>(records("target-only", 0.60, 0.62, 0.61));
        records.addAll(records("pooled", 0.63, 0.64, 0.62));
        records.addAll(records("pooled", 0.63, 0.64, 0.62));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Comparisons.compute(records, "target-only", "AUC", true, 0.125, 0.05, 0.005));
        assertEquals("pooled with linear (all users): seed 1 has two results; one run counted twice would inflate "
                + "the seeds and the significance", e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> org.recbridge.experiment.Summaries.of(records, List.of("AUC")));
    }

    @Test
    void pairsStrictlyBySeedNotByOrder() {
        // the baseline has seeds 1 and 3, the strategy 3, 2, 1: pairs (1, 1) and (3, 3) only
        List<RunRecord> records = List.of(record("target-only", 1, 0.60), record("target-only", 3, 0.70),
                record("pooled", 3, 0.75), record("pooled", 2, 0.10), record("pooled", 1, 0.62));
        Comparison c = Comparisons.compute(records, "target-only", "AUC", true, 0.125, 0.05, 0.005).get(0);
        assertEquals(2, c.seeds());
        assertEquals((0.02 + 0.05) / 2, c.meanDifference(), 1e-12);
        assertEquals(2, c.wins());
    }
}
