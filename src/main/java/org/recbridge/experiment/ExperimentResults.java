package org.recbridge.experiment;

import java.util.List;
import org.recbridge.analysis.curves.LearningCurve;
import org.recbridge.analysis.curves.Sweep;
import org.recbridge.analysis.diagnostics.DomainDiagnostics;
import org.recbridge.analysis.hints.Hint;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.data.Linking;
import org.recbridge.data.Overlap;

/**
 * Everything a run produced; written as results.json (schema in README) and results.csv.
 *
 * @param metrics        the metric names, in report order
 * @param records        one per (strategy, learner, seed, user group)
 * @param runs           one per (strategy, learner, seed): settings, curve, provenance
 * @param summary        per (strategy, learner, group, metric): mean and 95% interval over seeds
 * @param overlap        what each source shares with the target
 * @param comparisons    every strategy against the baseline on the main metric, paired by seed
 * @param notes          import summaries and warnings worth reading
 * @param learningCurves per (strategy, learner, group, metric): test metric by target budget; empty unless
 *                       the project's analysis section asks for budgets
 * @param sweeps         one per swept parameter (l2, factors); empty unless the project asks
 * @param diagnostics    the domain diagnostics the hints drew on, or null if not computed
 * @param hints          rule-based advice from the diagnostics and results, each stating its number
 * @param failures       runs of the main run that stopped with an error (the others are reported as usual)
 * @param linking        which ids were taken to name the same user or item across domains; null in results
 *                       written before linking existed (ids were then linked as they are)
 */
public record ExperimentResults(int formatVersion, String project, String createdAt, String task, String protocol,
                                List<Long> seeds, List<String> metrics, List<RunRecord> records, List<RunInfo> runs,
                                List<SummaryRow> summary, List<Overlap> overlap, List<Comparison> comparisons,
                                List<String> notes, List<LearningCurve> learningCurves, List<Sweep> sweeps,
                                DomainDiagnostics diagnostics, List<Hint> hints, List<RunFailure> failures,
                                Linking linking) {
    public static final int FORMAT_VERSION = 1;

    public ExperimentResults {
        // results.json written before the analyses existed has no such fields: read them as "not run"
        learningCurves = learningCurves == null ? List.of() : List.copyOf(learningCurves);
        sweeps = sweeps == null ? List.of() : List.copyOf(sweeps);
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
        hints = hints == null ? List.of() : List.copyOf(hints);
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    public ExperimentResults withAnalyses(List<LearningCurve> curves, List<Sweep> s) {
        return new ExperimentResults(formatVersion, project, createdAt, task, protocol, seeds, metrics, records, runs,
                summary, overlap, comparisons, notes, curves, s, diagnostics, hints, failures, linking);
    }

    /** These results with {@code more} notes after the ones they have. */
    public ExperimentResults withNotes(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new ExperimentResults(formatVersion, project, createdAt, task, protocol, seeds, metrics, records, runs,
                summary, overlap, comparisons, List.copyOf(all), learningCurves, sweeps, diagnostics, hints, failures,
                linking);
    }

    public ExperimentResults withInsights(DomainDiagnostics d, List<Hint> h) {
        return new ExperimentResults(formatVersion, project, createdAt, task, protocol, seeds, metrics, records, runs,
                summary, overlap, comparisons, notes, learningCurves, sweeps, d, h, failures, linking);
    }
}
