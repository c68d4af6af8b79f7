package org.recbridge.analysis.curves;

/**
 * One point of a learning curve: a test metric at one target budget, mean and 95% interval over seeds.
 *
 * @param budget the fraction of the target training rows kept
 * @param n      how many seeds the value rests on
 */
public record BudgetPoint(double budget, double mean, double lower, double upper, int n) {
}
