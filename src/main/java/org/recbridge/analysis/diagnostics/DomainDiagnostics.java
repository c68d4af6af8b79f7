package org.recbridge.analysis.diagnostics;

import java.util.List;
import org.recbridge.data.Overlap;

/**
 * What to know about a project's domains before training: what they share, how their labels lean, how far
 * apart their rows are, which side features repeat each other and which tell most about a like.
 * Serialisable with Jackson as is.
 *
 * @param overlaps     per source, what it shares with the target
 * @param domains      per domain (sources first, the target last), counts and label balance
 * @param aDistances   per source, the proxy A-distance to the target
 * @param correlations per domain, numeric side-feature pairs with |r| at or above {@code settings.correlationThreshold}
 * @param ranking      the target's features ranked for like/dislike
 */
public record DomainDiagnostics(String target, double likeThreshold, List<Overlap> overlaps,
                                List<DomainStats> domains, List<ADistance> aDistances,
                                List<CorrelatedPair> correlations, FeatureRanking ranking,
                                DiagnosticsSettings settings) {
    public DomainDiagnostics {
        overlaps = List.copyOf(overlaps);
        domains = List.copyOf(domains);
        aDistances = List.copyOf(aDistances);
        correlations = List.copyOf(correlations);
    }
}
