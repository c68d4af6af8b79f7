package org.recbridge.ui.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.SummaryRow;
import org.recbridge.util.AtomicFile;

/** Builds the results table's rows from results, and writes shown rows to CSV. */
final class ResultRows {
    private ResultRows() {
    }

    /** One row per (strategy, learner, user group) of the summary, in its order. */
    static List<ResultRow> of(ExperimentResults results, String baseline) {
        Map<List<String>, Map<String, SummaryRow>> grouped = new LinkedHashMap<>();
        for (SummaryRow s : results.summary()) {
            grouped.computeIfAbsent(List.of(s.strategy(), s.learner(), s.group()), k -> new LinkedHashMap<>())
                    .put(s.metric(), s);
        }
        Map<List<String>, Comparison> compared = new LinkedHashMap<>();
        for (Comparison c : results.comparisons()) {
            compared.put(List.of(c.strategy(), c.learner(), c.group()), c);
        }
        List<ResultRow> rows = new ArrayList<>();
        grouped.forEach((key, metrics) -> rows.add(new ResultRow(key.get(0), key.get(1), key.get(2), metrics,
                compared.get(key), key.get(0).equals(baseline))));
        return rows;
    }

    /** The baseline the comparisons were made against, or null when there are none. */
    static String baseline(ExperimentResults results) {
        return results.comparisons().isEmpty() ? null : results.comparisons().get(0).baseline();
    }

    /** The rows as shown (filtered, sorted): each metric as mean, lower and upper, then verdict and flag. */
    static void writeCsv(List<ResultRow> rows, List<String> metrics, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("strategy", "learner", "users"));
        for (String m : metrics) {
            header.addAll(List.of(m + " mean", m + " lower", m + " upper"));
        }
        header.addAll(List.of("verdict", "negative transfer"));
        AtomicFile.writeText(file, w -> {
            CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(new String[0])).get());
            for (ResultRow r : rows) {
                List<Object> line = new ArrayList<>(List.of(r.strategy(), r.learner(), r.group()));
                for (String m : metrics) {
                    SummaryRow s = r.metrics().get(m);
                    line.add(s == null ? "" : number(s.mean()));
                    line.add(s == null ? "" : number(s.lower()));
                    line.add(s == null ? "" : number(s.upper()));
                }
                line.add(r.verdict());
                line.add(r.negativeTransfer());
                out.printRecord(line);
            }
            out.flush();
        });
    }

    private static Object number(double v) {
        return Double.isNaN(v) ? "" : v;
    }
}
