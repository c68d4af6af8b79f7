package org.recbridge.experiment;

import java.util.List;
import java.util.Map;
import org.recbridge.eval.RocPoint;

/**
 * The test metrics of one (strategy, learner, seed, user group).
 *
 * @param users test users in the group
 * @param rows  test rows in the group
 * @param roc   the group's ROC curve (at most 101 points) for charts; empty for ratings
 */
public record RunRecord(String strategy, String learner, long seed, String group, int users, int rows,
                        Map<String, Double> metrics, List<RocPoint> roc) {
    public RunRecord {
        roc = roc == null ? List.of() : List.copyOf(roc);
    }

    /** A record without a ROC curve. */
    public RunRecord(String strategy, String learner, long seed, String group, int users, int rows,
                     Map<String, Double> metrics) {
        this(strategy, learner, seed, group, users, rows, metrics, List.of());
    }

    /**
     * One metric of the records of one (strategy, learner, group), keyed by seed in their order; records without
     * a value (null or NaN) are left out. A seed present twice is refused: it would be one run counted twice,
     * narrowing intervals and inflating significance (pseudo-replication).
     */
    public static Map<Long, Double> bySeed(List<RunRecord> records, String metric) {
        Map<Long, Double> out = new java.util.LinkedHashMap<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (RunRecord r : records) {
            if (!seen.add(r.seed())) {
                throw new IllegalArgumentException(String.format("%s with %s (%s users): seed %d has two results; "
                        + "one run counted twice would inflate the seeds and the significance", r.strategy(),
                        r.learner(), r.group(), r.seed()));
            }
            Double v = r.metrics().get(metric);
            if (v != null && !v.isNaN()) {
                out.put(r.seed(), v);
            }
        }
        return out;
    }
}
