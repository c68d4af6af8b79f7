package org.recbridge.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.eval.Interval;
import org.recbridge.eval.Stats;

/** Mean and 95% interval over seeds, per (strategy, learner, group, metric). */
public final class Summaries {
    private Summaries() {
    }

    public static List<SummaryRow> of(List<RunRecord> records, List<String> metrics) {
        Map<List<String>, List<RunRecord>> byKey = new LinkedHashMap<>();
        for (RunRecord r : records) {
            byKey.computeIfAbsent(List.of(r.strategy(), r.learner(), r.group()), k -> new ArrayList<>()).add(r);
        }
        List<SummaryRow> out = new ArrayList<>();
        byKey.forEach((key, group) -> {
            for (String metric : metrics) {
                double[] values = RunRecord.bySeed(group, metric).values().stream().mapToDouble(v -> v).toArray();
                if (values.length == 0) {
                    continue;
                }
                Interval ci = Stats.meanWithInterval(values, 0.95);
                out.add(new SummaryRow(key.get(0), key.get(1), key.get(2), metric, ci.mean(), ci.lower(), ci.upper(),
                        values.length));
            }
        });
        return out;
    }
}
