package org.recbridge.analysis.curves;

import java.util.List;

/**
 * A test metric of one (strategy, learner, user group) as the target budget grows: how much target data a
 * strategy needs, and where transfer stops paying.
 *
 * @param group  all, warm or cold
 * @param points one per budget, smallest first
 */
public record LearningCurve(String strategy, String learner, String group, String metric, List<BudgetPoint> points) {
}
