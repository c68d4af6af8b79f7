package org.recbridge.analysis.diagnostics;

/**
 * Two numeric side features of one table whose values move together: a model gains little from the second,
 * and a linear model may split their weight unstably between them.
 *
 * @param feature1 a feature name as models see it ({@code u.age}, {@code i.year})
 * @param r        Pearson correlation over the table's keys that have both values
 * @param n        how many keys have both values
 */
public record CorrelatedPair(String domain, String feature1, String feature2, double r, int n) {
}
