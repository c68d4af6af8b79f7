package org.recbridge.analysis.diagnostics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.task.Row;
import org.recbridge.task.TaskSettings;

/**
 * Keeps the k side features that rank highest for the target, so the effect of dropping redundant or useless
 * side features can be measured like any other setting. The ranking is computed on the target's training
 * rows of a seed only, never on validation or test rows, or the selection would peek at what it is judged on.
 * Ids are never dropped: they are not candidates.
 */
public final class FeatureSelection {
    private FeatureSelection() {
    }

    /** The names of the top {@code k} side features (fewer if fewer have enough support), best first. */
    public static Set<String> topSideFeatures(DomainFeaturizer target, List<Row> trainRows, TaskSettings task, int k,
                                              DiagnosticsSettings settings) {
        List<Row> rows = RankingRows.sample(RankingRows.likeLabels(trainRows, task), settings.maxRankingRows(),
                settings.seed());
        FeatureRanking ranking = FeatureRanker.rank(target.encodeAll(rows), FeatureSelection::isSideFeature, k,
                settings);
        Set<String> out = new LinkedHashSet<>();
        ranking.features().forEach(f -> out.add(f.name()));
        return out;
    }

    /** A side feature (u.age, i.genre=x), not an id column (user=..., item=...). */
    public static boolean isSideFeature(String name) {
        return !name.startsWith("user=") && !name.startsWith("item=");
    }
}
