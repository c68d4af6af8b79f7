package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.experiment.RunInfo;

/**
 * Runs whose validation metric got worse while the training metric kept improving, in most seeds of a strategy
 * and learner (one noisy seed is not a pattern). One hint per strategy, naming each such learner, so a strategy
 * that overfits with both learners is one piece of advice; it is about the first of them, for its curves.
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
        // one hint per strategy, naming each learner that overfits in most of its seeds
        Map<String, List<String>> byStrategy = new LinkedHashMap<>();
        Map<String, List<String>> plainBy = new LinkedHashMap<>();
        Map<String, HintSubject> subjects = new LinkedHashMap<>();
        String metric = null;
        for (Map.Entry<List<String>, List<RunInfo>> e : byRun.entrySet()) {
            List<RunInfo> runs = e.getValue();
            String strategy = e.getKey().get(0);
            String learner = e.getKey().get(1);
            if (2 * runs.size() <= total.get(e.getKey())) {
                continue;
            }
            int peak = runs.stream().mapToInt(r -> r.overfitting().peakEpoch()).min().orElse(0);
            metric = runs.get(0).curve().metric();
            byStrategy.computeIfAbsent(strategy, k -> new ArrayList<>()).add(String.format("%s after epoch %d, %d of "
                    + "%d seeds", learner, peak, runs.size(), total.get(e.getKey())));
            plainBy.computeIfAbsent(strategy, k -> new ArrayList<>()).add(String.format("the %s model after pass %d "
                    + "over the data, %s", learner, peak, PlainWords.tries(runs.size(), total.get(e.getKey()))));
            subjects.putIfAbsent(strategy, new HintSubject(strategy, learner, null, null));
        }
        for (Map.Entry<String, List<String>> e : byStrategy.entrySet()) {
            // "gets worse", not "falls": an RMSE that falls is getting better
            out.add(Hint.warning("overfitting-epochs", String.format("validation %s gets worse while train %s keeps "
                    + "improving (%s: %s): overfitting, raise L2 or stop earlier (early stopping already keeps the "
                    + "best validation epoch)", metric, metric, e.getKey(), String.join("; ", e.getValue())))
                    .plainly(String.format("with %s, %s starts to learn the training data by heart: it keeps getting "
                            + "better on it while it gets worse on data it has not seen; a stronger penalty (L2) or "
                            + "stopping earlier fixes that", PlainWords.strategy(e.getKey()),
                            String.join("; ", plainBy.get(e.getKey()))))
                    .about(subjects.get(e.getKey())));
        }
        return out;
    }
}
