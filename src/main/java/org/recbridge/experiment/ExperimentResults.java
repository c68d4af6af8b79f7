package org.recbridge.experiment;

import java.util.List;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.data.Overlap;

/**
 * Everything a run produced; written as results.json (schema in README) and results.csv.
 *
 * @param metrics the metric names, in report order
 * @param records one per (strategy, learner, seed, user group)
 * @param runs    one per (strategy, learner, seed): settings, curve, provenance
 * @param summary per (strategy, learner, group, metric): mean and 95% interval over seeds
 * @param overlap what each source shares with the target
 * @param comparisons every strategy against the baseline on the main metric, paired by seed
 * @param notes   import summaries and warnings worth reading
 */
public record ExperimentResults(int formatVersion, String project, String createdAt, String task, String protocol,
                                List<Long> seeds, List<String> metrics, List<RunRecord> records, List<RunInfo> runs,
                                List<SummaryRow> summary, List<Overlap> overlap, List<Comparison> comparisons,
                                List<String> notes) {
    public static final int FORMAT_VERSION = 1;
}
