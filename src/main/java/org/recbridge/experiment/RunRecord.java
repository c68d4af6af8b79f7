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
}
