package org.recbridge.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunInfo;
import org.recbridge.learn.EpochPoint;

/**
 * How the final models of one strategy and learner trained, as means over seeds: epochs run, the epoch early
 * stopping kept, the train and validation metric there, the generalisation gap, and in how many seeds
 * overfitting was found. Shared by the command line's training table and the workbench's.
 *
 * @param metric the curve's metric (AUC, or RMSE for ratings)
 * @param gap    train minus validation at the kept epoch (validation minus train for RMSE), positive = better on
 *               training rows; NaN if unknown
 */
public record TrainingSummary(String strategy, String learner, String metric, double epochsRun, double keptEpoch,
                              double train, double validation, double gap, int overfitSeeds, int seeds) {

    /** One per (strategy, learner) whose runs have an epoch curve, in the order of the runs. */
    public static List<TrainingSummary> of(ExperimentResults results) {
        Map<List<String>, List<RunInfo>> byRun = new LinkedHashMap<>();
        for (RunInfo r : results.runs()) {
            if (!r.curve().points().isEmpty()) {
                byRun.computeIfAbsent(List.of(r.strategy(), r.learner()), k -> new ArrayList<>()).add(r);
            }
        }
        List<TrainingSummary> out = new ArrayList<>();
        byRun.forEach((key, runs) -> out.add(new TrainingSummary(key.get(0), key.get(1),
                runs.get(0).curve().metric(),
                runs.stream().mapToInt(r -> r.curve().points().size()).average().orElse(Double.NaN),
                runs.stream().mapToInt(r -> r.curve().bestEpoch()).average().orElse(Double.NaN),
                atKeptEpoch(runs, true), atKeptEpoch(runs, false),
                runs.stream().mapToDouble(RunInfo::generalisationGap).filter(v -> !Double.isNaN(v)).average()
                        .orElse(Double.NaN),
                (int) runs.stream().filter(r -> r.overfitting() != null).count(), runs.size())));
        return out;
    }

    /** Mean over runs of the train or validation metric at the kept epoch. */
    private static double atKeptEpoch(List<RunInfo> runs, boolean train) {
        return runs.stream().filter(r -> r.curve().bestEpoch() > 0).mapToDouble(r -> {
            EpochPoint p = r.curve().points().get(r.curve().bestEpoch() - 1);
            return train ? p.trainMetric() : p.validationMetric();
        }).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }
}
