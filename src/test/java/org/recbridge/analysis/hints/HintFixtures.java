package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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
import org.recbridge.analysis.significance.Comparisons;
import org.recbridge.data.Overlap;
import org.recbridge.eval.Verdict;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunInfo;
import org.recbridge.experiment.RunRecord;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.TrainingCurve;

/** Inputs for the hint rules' tests: quiet ones that trigger no rule, and builders for ones that trigger one. */
final class HintFixtures {
    private HintFixtures() {
    }

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
        return new ADistance("movies", "books", 1000, 20, List.of(new FeatureGroup("user ids", 20)), 0.5 - a / 4, a,
                0.1, 1.6);
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

    /** A comparison for cold users over 5 seeds (see the next). */
    static Comparison comparison(String strategy, Verdict verdict, double diff, boolean negative) {
        return comparison(strategy, "cold", 5, verdict, diff, negative);
    }

    /** A comparison with the given verdict and flag, and a 95% interval of diff +- 0.01. */
    static Comparison comparison(String strategy, String group, int seeds, Verdict verdict, double diff,
                                 boolean negative) {
        int wins = diff > 0 ? seeds : 0;
        return new Comparison(strategy, "fm", "target-only", group, "AUC", seeds, diff, diff - 0.01, diff + 0.01, 0.95,
                3, 0.01, 0.06, wins, 0, seeds - wins, verdict, negative, 0.005);
    }

    /**
     * The comparison {@link Comparisons} computes for a strategy whose AUC differs from target-only's by the given
     * amounts on successive seeds (target-only at 0.60 + seed / 100): the verdict and flag by the project's rule.
     */
    static Comparison measured(String strategy, String group, double... differences) {
        List<RunRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < differences.length; i++) {
            double base = 0.60 + i / 100.0;
            records.add(new RunRecord("target-only", "fm", i + 1, group, 100, 1000, Map.of("AUC", base)));
            records.add(new RunRecord(strategy, "fm", i + 1, group, 100, 1000, Map.of("AUC", base + differences[i])));
        }
        return Comparisons.compute(records, "target-only", "AUC", true, 0.125, 0.05, 0.005).get(0);
    }

    /** Results of as many seeds as the comparisons have, holding them. */
    static ExperimentResults withComparisons(Comparison... comparisons) {
        List<Long> seeds = new java.util.ArrayList<>();
        for (long s = 1; s <= comparisons[0].seeds(); s++) {
            seeds.add(s);
        }
        return results(seeds, List.of(comparisons), List.of(), List.of(), List.of());
    }

    static RunInfo run(OverfitFinding finding) {
        return new RunInfo("target-only", "fm", 1, LearnerSettings.defaults(LearnerKind.FM),
                new TrainingCurve("AUC", List.of(), 3), 1.0, Map.of(), null, 0.1, finding);
    }

    static List<Hint> hints(HintRule rule, DomainDiagnostics d, ExperimentResults r) {
        return rule.apply(new HintInputs(r, d));
    }

    static void assertLacks(Hint hint, String... fragments) {
        for (String f : fragments) {
            assertFalse(hint.message().contains(f), hint.message() + " says " + f);
        }
    }

    static void assertOne(List<Hint> hints, String rule, String... fragments) {
        assertEquals(1, hints.size(), hints.toString());
        assertEquals(rule, hints.get(0).rule());
        for (String f : fragments) {
            assertTrue(hints.get(0).message().contains(f), hints.get(0).message() + " lacks " + f);
        }
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
}
