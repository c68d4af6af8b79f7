package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.curves.BudgetPoint;
import org.recbridge.analysis.curves.LearningCurve;
import org.recbridge.analysis.curves.OverfitFinding;
import org.recbridge.analysis.curves.Sweep;
import org.recbridge.analysis.diagnostics.ADistance;
import org.recbridge.analysis.diagnostics.CorrelatedPair;
import org.recbridge.analysis.diagnostics.DomainDiagnostics;
import org.recbridge.analysis.diagnostics.DomainStats;
import org.recbridge.analysis.diagnostics.FeatureGroup;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.data.Overlap;
import org.recbridge.eval.Verdict;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunInfo;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.TrainingCurve;

/** Each rule fires on inputs built to trigger it, with the number in its message, and is silent otherwise. */
class HintsTest {
    static Overlap overlap(int shared, int targetUsers, List<String> features) {
        return new Overlap("movies", "books", 1000, targetUsers, shared, 500, 400, 0, features, features, features);
    }

    static DomainDiagnostics diagnostics(List<Overlap> overlaps, List<DomainStats> domains, List<ADistance> a,
                                         List<CorrelatedPair> correlations) {
        return new DomainDiagnostics("books", 4, overlaps, domains, a, correlations, null, null);
    }

    static DomainDiagnostics quiet() {
        return diagnostics(List.of(overlap(500, 1000, List.of("u.age"))), List.of(stats(0.5)),
                List.of(aDistance(1.0)), List.of(new CorrelatedPair("books", "u.a", "u.b", 0.6, 100)));
    }

    static DomainStats stats(Double likeRate) {
        return new DomainStats("books", 100, 10, 10, 0.1, 100, likeRate, Map.of(), 10, 10);
    }

    static ADistance aDistance(double a) {
        return new ADistance("movies", "books", 1000, 20, List.of(new FeatureGroup("user ids", 20)), 0.5 - a / 4, a, 0.1, 1.6);
    }

    static ExperimentResults results(List<Long> seeds, List<Comparison> comparisons, List<RunInfo> runs,
                                     List<LearningCurve> curves, List<Sweep> sweeps) {
        return new ExperimentResults(1, "p", "now", "classification", "cold-start", seeds, List.of("AUC"), List.of(),
                runs, List.of(), List.of(), comparisons, List.of(), curves, sweeps, null, null, null, null);
    }

    static ExperimentResults quietResults() {
        return results(List.of(1L, 2L, 3L), List.of(comparison("pooled", Verdict.NO_DIFFERENCE, 0.01, false)),
                List.of(run(null)), List.of(), List.of());
    }

    static Comparison comparison(String strategy, Verdict verdict, double diff, boolean negative) {
        int wins = diff > 0 ? 5 : 0;
        return new Comparison(strategy, "fm", "target-only", "cold", "AUC", 5, diff, diff - 0.01, diff + 0.01, 3, 0.01,
                0.06, wins, 0, 5 - wins, verdict, negative, 0.005);
    }

    static RunInfo run(OverfitFinding finding) {
        return new RunInfo("target-only", "fm", 1, LearnerSettings.defaults(LearnerKind.FM),
                new TrainingCurve("AUC", List.of(), 3), 1.0, Map.of(), null, 0.1, finding);
    }

    static List<Hint> hints(HintRule rule, DomainDiagnostics d, ExperimentResults r) {
        return rule.apply(new HintInputs(r, d));
    }

    static void assertOne(List<Hint> hints, String rule, String... fragments) {
        assertEquals(1, hints.size(), hints.toString());
        assertEquals(rule, hints.get(0).rule());
        for (String f : fragments) {
            assertTrue(hints.get(0).message().contains(f), hints.get(0).message() + " lacks " + f);
        }
    }

    @Test
    void fewSharedUsers() {
        DomainDiagnostics d = diagnostics(List.of(overlap(40, 1000, List.of())), List.of(), List.of(), List.of());
        assertOne(hints(new FewSharedUsersRule(), d, null), "few-shared-users", "only 4% of target users", "40 of 1000");
        assertTrue(hints(new FewSharedUsersRule(), quiet(), null).isEmpty());
    }

    @Test
    void noSharedUserSaysThereIsNoColdStartGroupAndWhatCanStillTransfer() {
        DomainDiagnostics d = diagnostics(List.of(overlap(0, 1000, List.of("i.genre"))), List.of(), List.of(), List.of());
        assertOne(hints(new FewSharedUsersRule(), d, null), "no-shared-users", "0 of 1000", "no cold-start group",
                "only side features can transfer");
        DomainDiagnostics nothing = diagnostics(List.of(overlap(0, 1000, List.of())), List.of(), List.of(), List.of());
        assertTrue(hints(new FewSharedUsersRule(), nothing, null).isEmpty(), "nothing-shared says it then");
    }

    @Test
    void nothingShared() {
        DomainDiagnostics d = diagnostics(List.of(overlap(0, 1000, List.of())), List.of(), List.of(), List.of());
        assertOne(hints(new NothingSharedRule(), d, null), "nothing-shared", "share 0 users");
        assertTrue(hints(new NothingSharedRule(), quiet(), null).isEmpty());
    }

    @Test
    void domainDistanceBothWays() {
        DomainDiagnostics close = diagnostics(List.of(), List.of(), List.of(aDistance(0.1)), List.of());
        assertOne(hints(new DomainDistanceRule(), close, null), "domain-distance", "A-distance 0.10", "pooling is safe");
        DomainDiagnostics far = diagnostics(List.of(), List.of(), List.of(aDistance(1.9)), List.of());
        assertOne(hints(new DomainDistanceRule(), far, null), "domain-distance", "A-distance 1.90", "pooling may hurt");
        assertTrue(hints(new DomainDistanceRule(), quiet(), null).isEmpty());
    }

    @Test
    void imbalance() {
        DomainDiagnostics d = diagnostics(List.of(), List.of(stats(0.08)), List.of(), List.of());
        assertOne(hints(new ImbalanceRule(), d, null), "label-imbalance", "8% of books ratings are likes");
        assertTrue(hints(new ImbalanceRule(), quiet(), null).isEmpty());
        assertTrue(hints(new ImbalanceRule(), diagnostics(List.of(), List.of(stats(null)), List.of(), List.of()), null)
                .isEmpty());
    }

    @Test
    void aSingleClassTargetIsNotToldToReadAuc() {
        for (double rate : new double[] {0, 1}) {
            DomainDiagnostics d = diagnostics(List.of(), List.of(stats(rate)), List.of(), List.of());
            List<Hint> h = hints(new ImbalanceRule(), d, null);
            assertOne(h, "single-class", "every books rating is", "AUC and log-loss cannot be computed");
            assertFalse(h.get(0).message().contains("read AUC"), h.get(0).message());
        }
    }

    @Test
    void redundantFeatures() {
        DomainDiagnostics d = diagnostics(List.of(), List.of(), List.of(),
                List.of(new CorrelatedPair("books", "u.age", "u.years", -0.95, 100)));
        assertOne(hints(new RedundantFeaturesRule(), d, null), "redundant-features", "r = -0.95", "u.age", "u.years");
        assertTrue(hints(new RedundantFeaturesRule(), quiet(), null).isEmpty());
    }

    @Test
    void fewSeeds() {
        assertOne(hints(new FewSeedsRule(), null, results(List.of(1L), List.of(), List.of(), List.of(), List.of())),
                "few-seeds", "only 1 seed");
        assertTrue(hints(new FewSeedsRule(), null, quietResults()).isEmpty());
    }

    @Test
    void negativeTransfer() {
        ExperimentResults r = results(List.of(1L, 2L, 3L, 4L, 5L),
                List.of(comparison("fine-tune", Verdict.WORSE, -0.03, true)), List.of(), List.of(), List.of());
        assertOne(hints(new NegativeTransferRule(), null, r), "negative-transfer",
                "fine-tune (fm) is worse than target-only on 5 of 5 seeds", "negative transfer", "minimum effect 0.0050");
        assertTrue(hints(new NegativeTransferRule(), null, quietResults()).isEmpty());
    }

    @Test
    void aBetterVerdictBelowTheMinimumEffectIsNoPayOff() {
        ExperimentResults r = results(List.of(1L, 2L, 3L), List.of(comparison("pooled", Verdict.BETTER, 0.002, false)),
                List.of(), List.of(), List.of());
        assertTrue(hints(new TransferPaysOffRule(), null, r).isEmpty());
    }

    @Test
    void transferPaysOffNamesTheBestStrategy() {
        ExperimentResults r = results(List.of(1L, 2L, 3L), List.of(comparison("pooled", Verdict.BETTER, 0.05, false),
                comparison("hybrid", Verdict.BETTER, 0.12, false)), List.of(), List.of(), List.of());
        assertOne(hints(new TransferPaysOffRule(), null, r), "transfer-pays-off", "hybrid", "+0.1200", "cold users");
        assertTrue(hints(new TransferPaysOffRule(), null, quietResults()).isEmpty());
    }

    @Test
    void overfittingInEpochs() {
        ExperimentResults r = results(List.of(1L, 2L, 3L), List.of(), List.of(run(new OverfitFinding(4, 3, 0.02, 0.05)),
                run(new OverfitFinding(6, 5, 0.02, 0.05)), run(null)), List.of(), List.of());
        assertOne(hints(new EpochOverfittingRule(), null, r), "overfitting-epochs",
                "validation AUC falls after epoch 3 while train AUC rises", "2 of 3 seeds", "raise L2");
        assertTrue(hints(new EpochOverfittingRule(), null, quietResults()).isEmpty());
        ExperimentResults oneNoisySeed = results(List.of(1L, 2L), List.of(),
                List.of(run(new OverfitFinding(4, 3, 0.02, 0.05)), run(null)), List.of(), List.of());
        assertTrue(hints(new EpochOverfittingRule(), null, oneNoisySeed).isEmpty());
    }

    @Test
    void overfittingInASweep() {
        Sweep s = new Sweep("target-only", "fm", "factors", "AUC", List.of(), 8, 32.0);
        ExperimentResults r = results(List.of(1L, 2L, 3L), List.of(), List.of(), List.of(), List.of(s));
        assertOne(hints(new SweepOverfittingRule(), null, r), "overfitting-sweep", "factors = 32 and above",
                "selected factors = 8");
        Sweep clean = new Sweep("target-only", "fm", "factors", "AUC", List.of(), 8, null);
        assertTrue(hints(new SweepOverfittingRule(), null,
                results(List.of(1L), List.of(), List.of(), List.of(), List.of(clean))).isEmpty());
    }

    @Test
    void learningCurveFindsWhereTheTargetCatchesUp() {
        LearningCurve target = curve("target-only", 0.55, 0.62, 0.70);
        LearningCurve pooled = curve("pooled", 0.66, 0.68, 0.71);
        ExperimentResults r = results(List.of(1L, 2L, 3L), List.of(), List.of(), List.of(target, pooled), List.of());
        assertOne(hints(new LearningCurveRule(), null, r), "learning-curve", "with 100% of the target", "pooled",
                "overlap in their 95% intervals over 3 seeds", "no clear difference");
        assertFalse(hints(new LearningCurveRule(), null, r).get(0).message().contains("reaches"));
        LearningCurve neverBehind = curve("pooled", 0.50, 0.55, 0.60);
        assertTrue(hints(new LearningCurveRule(), null,
                results(List.of(1L), List.of(), List.of(), List.of(target, neverBehind), List.of())).isEmpty());
    }

    @Test
    void learningCurveSaysNothingItsNumbersDoNotSupport() {
        // two seeds: intervals too wide to say anything
        LearningCurve target = curve("target-only", 2, 0.55, 0.62, 0.70);
        LearningCurve pooled = curve("pooled", 2, 0.66, 0.68, 0.71);
        assertTrue(hints(new LearningCurveRule(), null, results(List.of(1L, 2L), List.of(), List.of(),
                List.of(target, pooled), List.of())).isEmpty());
        // intervals overlap from the smallest budget: transfer never clearly paid off
        LearningCurve close = curve("pooled", 0.56, 0.63, 0.71);
        assertTrue(hints(new LearningCurveRule(), null, results(List.of(1L, 2L, 3L), List.of(), List.of(),
                List.of(curve("target-only", 0.55, 0.62, 0.70), close), List.of())).isEmpty());
    }

    static LearningCurve curve(String strategy, double... means) {
        return curve(strategy, 3, means);
    }

    static LearningCurve curve(String strategy, int seeds, double... means) {
        double[] budgets = {0.1, 0.5, 1.0};
        List<BudgetPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < means.length; i++) {
            points.add(new BudgetPoint(budgets[i], means[i], means[i] - 0.015, means[i] + 0.015, seeds));
        }
        return new LearningCurve(strategy, "linear", "all", "AUC", points);
    }

    @Test
    void allRulesTogetherAreSilentOnQuietInputs() {
        assertTrue(Hints.advise(new HintInputs(quietResults(), quiet())).isEmpty(),
                Hints.advise(new HintInputs(quietResults(), quiet())).toString());
    }
}
