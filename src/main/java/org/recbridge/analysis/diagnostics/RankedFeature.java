package org.recbridge.analysis.diagnostics;

/**
 * One feature of the ranking, in the order the selector chose it.
 *
 * @param score   the selector's criterion when the feature was chosen, in bits (mRMR: relevance minus mean
 *                redundancy, falling down the list; JMI: summed joint mutual information with those chosen, which
 *                need not fall); comparable within one ranking only
 * @param support how many sampled rows carry the feature
 */
public record RankedFeature(String name, double score, int support) {
}
