package org.recbridge.experiment;

/**
 * Mean and 95% interval over seeds of one metric of one (strategy, learner, user group).
 *
 * @param n how many seeds the value rests on
 */
public record SummaryRow(String strategy, String learner, String group, String metric, double mean, double lower,
                         double upper, int n) {
}
