package org.recbridge.experiment;

import java.util.Map;

/**
 * The test metrics of one (strategy, learner, seed, user group).
 *
 * @param users test users in the group
 * @param rows  test rows in the group
 */
public record RunRecord(String strategy, String learner, long seed, String group, int users, int rows,
                        Map<String, Double> metrics) {
}
