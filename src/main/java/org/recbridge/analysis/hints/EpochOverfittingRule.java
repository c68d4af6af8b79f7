package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.experiment.RunInfo;

/**
 * Runs whose validation metric got worse while the training metric kept improving, in most seeds of a strategy
 * and learner (one noisy seed is not a pattern).
 */
final class EpochOverfittingRule implements HintRule {
    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        if (in.results() == null) {
            return out;
        }
        Map<List<String>, List<RunInfo>> byRun = new LinkedHashMap<>();
        Map<List<String>, Integer> total = new LinkedHashMap<>();
        for (RunInfo r : in.results().runs()) {
            List<String> key = List.of(r.strategy(), r.learner());
            total.merge(key, 1, Integer::sum);
            if (r.overfitting() != null) {
                byRun.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        byRun.forEach((key, runs) -> {
            if (2 * runs.size() <= total.get(key)) {
                return;
            }
            int peak = runs.stream().mapToInt(r -> r.overfitting().peakEpoch()).min().orElse(0);
            String metric = runs.get(0).curve().metric();
            // "gets worse", not "falls": an RMSE that falls is getting better
            out.add(Hint.warning("overfitting-epochs", String.format("validation %s gets worse after epoch %d while "
                    + "train %s keeps improving (%s, %s, %d of %d seeds): overfitting, raise L2 or stop earlier (early "
                    + "stopping already keeps the best validation epoch)", metric, peak, metric, key.get(0),
                    key.get(1), runs.size(), total.get(key))).about(new HintSubject(key.get(0), key.get(1), null,
                    null)));
        });
        return out;
    }
}
