package org.recbridge.analysis.diagnostics;

/**
 * Bounds and knobs of the diagnostics. The bounds keep the work small on large data: Tribuo's feature
 * selection allocates features x examples ints, and the domain classifier needs only a few thousand rows to
 * tell domains apart as well as it ever will.
 *
 * @param maxRowsPerDomain     rows sampled from each domain for the proxy A-distance (balanced: the smaller count of both)
 * @param maxRankingRows       target rows sampled for the feature ranking
 * @param minSupport           a feature takes part in the ranking only if at least this many sampled rows have it
 * @param maxCandidates        at most this many candidate features (the best supported) enter the ranking
 * @param rankedFeatures       how many features the ranking lists
 * @param method               mRMR or JMI
 * @param bins                 equal-width bins Tribuo discretises each feature into before computing mutual information
 * @param correlationThreshold numeric side-feature pairs with |Pearson r| at or above it are listed
 * @param epochs               epochs of the domain classifier
 * @param seed                 seed of every sample and of the classifier
 */
public record DiagnosticsSettings(int maxRowsPerDomain, int maxRankingRows, int minSupport, int maxCandidates,
                                  int rankedFeatures, SelectionMethod method, int bins, double correlationThreshold,
                                  int epochs, long seed) {
    public DiagnosticsSettings {
        positive("maxRowsPerDomain", maxRowsPerDomain);
        positive("maxRankingRows", maxRankingRows);
        positive("minSupport", minSupport);
        positive("maxCandidates", maxCandidates);
        positive("rankedFeatures", rankedFeatures);
        positive("epochs", epochs);
        if (bins < 2) {
            throw new IllegalArgumentException("bins must be at least 2, got " + bins);
        }
        if (!(correlationThreshold >= 0 && correlationThreshold <= 1)) {
            throw new IllegalArgumentException("correlationThreshold must be in [0, 1], got " + correlationThreshold);
        }
        if (method == null) {
            throw new IllegalArgumentException("method is missing");
        }
    }

    public static DiagnosticsSettings defaults() {
        return new DiagnosticsSettings(5000, 3000, 10, 300, 20, SelectionMethod.MRMR, 4, 0.5, 5, 1L);
    }

    public DiagnosticsSettings withSeed(long s) {
        return new DiagnosticsSettings(maxRowsPerDomain, maxRankingRows, minSupport, maxCandidates, rankedFeatures,
                method, bins, correlationThreshold, epochs, s);
    }

    public DiagnosticsSettings withMethod(SelectionMethod m) {
        return new DiagnosticsSettings(maxRowsPerDomain, maxRankingRows, minSupport, maxCandidates, rankedFeatures, m,
                bins, correlationThreshold, epochs, seed);
    }

    private static void positive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be at least 1, got " + value);
        }
    }
}
