package org.recbridge.analysis.diagnostics;

import java.util.List;

/**
 * Features of the target ranked by how much they tell about like/dislike, redundancy with earlier choices
 * discounted.
 *
 * @param rows       sampled rows the ranking was computed on
 * @param candidates features with enough support that entered the ranking
 * @param note       why the ranking is empty or partial, or null
 */
public record FeatureRanking(SelectionMethod method, int rows, int candidates, List<RankedFeature> features,
                             String note) {
    public FeatureRanking {
        features = List.copyOf(features);
    }
}
