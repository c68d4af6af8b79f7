package org.recbridge.analysis.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.data.Domain;
import org.recbridge.data.Overlap;
import org.recbridge.experiment.LoadedData;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.task.Row;
import org.recbridge.task.TaskSettings;
import org.recbridge.util.CancelToken;

/**
 * Computes the {@link DomainDiagnostics} of imported data. Descriptive only: the ranking here uses all target
 * rows because nothing is chosen from it; the top-k selection of an experiment ranks each seed's training
 * rows instead ({@link FeatureSelection}).
 */
public final class Diagnostics {
    private Diagnostics() {
    }

    public static DomainDiagnostics compute(LoadedData data, TaskSettings task, DiagnosticsSettings settings,
                                            CancelToken cancel) {
        Domain target = data.target();
        List<DomainStats> stats = new ArrayList<>();
        List<CorrelatedPair> correlations = new ArrayList<>();
        List<ADistance> distances = new ArrayList<>();
        for (Domain source : data.sources()) {
            cancel.check();
            stats.add(DomainStats.of(source, task.likeThreshold()));
            correlations.addAll(Correlations.of(source, settings.correlationThreshold()));
            distances.add(ProxyADistance.of(source, target, settings, cancel));
        }
        stats.add(DomainStats.of(target, task.likeThreshold()));
        correlations.addAll(Correlations.of(target, settings.correlationThreshold()));
        cancel.check();
        return new DomainDiagnostics(target.name(), task.likeThreshold(), Overlap.of(data.sources(), target), stats,
                distances, correlations, targetRanking(target, task, settings), settings);
    }

    /** The target's side features and well-supported ids ranked for like/dislike. */
    static FeatureRanking targetRanking(Domain target, TaskSettings task, DiagnosticsSettings settings) {
        List<Row> rows = RankingRows.of(target, task, settings.maxRankingRows(), settings.seed());
        return FeatureRanker.rank(new DomainFeaturizer(target).encodeAll(rows), name -> true,
                settings.rankedFeatures(), settings);
    }
}
