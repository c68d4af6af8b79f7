package org.recbridge.eval;

import java.util.List;
import java.util.Map;

/**
 * The test metrics of one user group.
 *
 * @param group   the users
 * @param users   how many test users are in the group
 * @param rows    how many test rows
 * @param metrics metric name to value (NaN where undefined, e.g. AUC of a single class)
 * @param roc     the ROC curve of the group's test rows, thinned for charts; empty for ratings
 */
public record GroupMetrics(UserGroup group, int users, int rows, Map<String, Double> metrics, List<RocPoint> roc) {
}
