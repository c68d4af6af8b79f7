package org.recbridge.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.eval.MetricNames;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunFailure;
import org.recbridge.experiment.RunInfo;
import org.recbridge.experiment.SummaryRow;

/** The readable results table: per strategy, learner and user group, each metric as mean ± half-interval. */
public final class ResultsTable {
    private ResultsTable() {
    }

    public static String format(ExperimentResults results) {
        Map<List<String>, Map<String, SummaryRow>> rows = new LinkedHashMap<>();
        for (SummaryRow s : results.summary()) {
            rows.computeIfAbsent(List.of(s.strategy(), s.learner(), s.group()), k -> new LinkedHashMap<>())
                    .put(s.metric(), s);
        }
        Map<List<String>, Comparison> negative = new LinkedHashMap<>();
        for (Comparison c : results.comparisons()) {
            if (c.negativeTransfer()) {
                negative.put(List.of(c.strategy(), c.learner(), c.group()), c);
            }
        }
        Map<List<String>, List<Long>> failedSeeds = new LinkedHashMap<>();
        for (RunFailure f : results.failures()) {
            failedSeeds.computeIfAbsent(List.of(f.strategy(), f.learner()), k -> new ArrayList<>()).add(f.seed());
        }
        failedSeeds.keySet().forEach(run -> {
            // a strategy and learner that failed on every seed has no summary: give it a line of its own
            if (rows.keySet().stream().noneMatch(k -> k.subList(0, 2).equals(run))) {
                rows.put(List.of(run.get(0), run.get(1), "-"), Map.of());
            }
        });
        List<String> header = new ArrayList<>(List.of("strategy", "learner", "users"));
        List<String> shown = MetricNames.shown(results.metrics());
        header.addAll(shown);
        header.add("");
        List<List<String>> cells = new ArrayList<>();
        cells.add(header);
        rows.forEach((key, byMetric) -> {
            List<String> line = new ArrayList<>(List.of(key.get(0), key.get(1), key.get(2)));
            for (String m : shown) {
                SummaryRow s = byMetric.get(m);
                line.add(s == null ? "-" : s.meanAndHalfWidth());
            }
            List<String> marks = new ArrayList<>();
            if (negative.containsKey(key)) {
                marks.add("NEGATIVE TRANSFER");
            }
            List<Long> failed = failedSeeds.get(key.subList(0, 2));
            if (failed != null) {
                marks.add("FAILED on seed" + (failed.size() > 1 ? "s " : " ")
                        + failed.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
            line.add(String.join("; ", marks));
            cells.add(line);
        });
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s — task %s, protocol %s, %d seed(s); mean ± 95%% interval over seeds%n",
                results.project(), results.task(), results.protocol(), results.seeds().size()));
        out.append(align(cells));
        if (!results.comparisons().isEmpty()) {
            out.append(System.lineSeparator()).append(comparisons(results.comparisons()));
        }
        if (!results.failures().isEmpty()) {
            out.append(System.lineSeparator()).append(failures(results));
        }
        String learnt = details(results.runs());
        if (!learnt.isEmpty()) {
            out.append(System.lineSeparator()).append(learnt);
        }
        return out.toString();
    }

    /** One line per failed run, with the error that stopped it. */
    static String failures(ExperimentResults results) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Failed runs (%d of %d; the others are "
                + "reported above):%n", results.failures().size(), results.failures().size() + results.runs().size()));
        for (RunFailure f : results.failures()) {
            out.append("  ").append(f.toLine()).append(System.lineSeparator());
        }
        return out.toString();
    }

    /** What strategies learnt that is worth showing (e.g. each source's weight), averaged over seeds. */
    static String details(List<RunInfo> runs) {
        Map<List<String>, Map<String, List<Double>>> byRun = new LinkedHashMap<>();
        for (RunInfo r : runs) {
            r.details().forEach((name, value) -> byRun.computeIfAbsent(List.of(r.strategy(), r.learner()),
                    k -> new LinkedHashMap<>()).computeIfAbsent(name, k -> new ArrayList<>()).add(value));
        }
        if (byRun.isEmpty()) {
            return "";
        }
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of("strategy", "learner", "learnt (mean over seeds)"));
        byRun.forEach((key, values) -> {
            List<String> parts = new ArrayList<>();
            values.forEach((name, list) -> parts.add(String.format(Locale.ROOT, "%s %.3f", name,
                    list.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN))));
            cells.add(List.of(key.get(0), key.get(1), String.join(", ", parts)));
        });
        return "Learnt by the strategies" + System.lineSeparator() + align(cells);
    }

    /** Each strategy against the baseline: paired difference with its interval, both tests, W/T/L, verdict. */
    public static String comparisons(List<Comparison> comparisons) {
        Comparison first = comparisons.get(0);
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of("strategy", "learner", "users", "difference [" + first.intervalLevel() + " interval]", "t",
                "p(t)", "p(Wilcoxon)", "W/T/L", "verdict"));
        for (Comparison c : comparisons) {
            cells.add(List.of(c.strategy(), c.learner(), c.group(),
                    c.differenceText(),
                    statistic(c.tStatistic()), pValue(c.tPValue()), pValue(c.wilcoxonPValue()),
                    c.wins() + "/" + c.ties() + "/" + c.losses(),
                    verdict(c)));
        }
        return String.format(Locale.ROOT, "Compared with %s on %s, paired by seed (%d seeds): difference with the "
                + "interval of the corrected resampled t-test, which decides the verdict; NEGATIVE TRANSFER: worse "
                + "by at least %s, significantly or on every seed%n", first.baseline(), first.metric(), first.seeds(),
                String.format(Locale.ROOT, "%.4f", first.minimumEffect())) + align(cells);
    }

    /** The verdict, and the flag where it applies. */
    static String verdict(Comparison c) {
        return c.verdictWords() + (c.negativeTransfer() ? ", NEGATIVE TRANSFER" : "");
    }

    /** A p-value as the tables print it; "-" when there is none (one seed). */
    public static String pValue(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** A test statistic as the tables print it; "-" when there is none (one seed). */
    public static String statistic(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** Left-aligns text columns, with a rule under the header. */
    static String align(List<List<String>> cells) {
        int columns = cells.get(0).size();
        int[] width = new int[columns];
        for (List<String> row : cells) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(String.format("%-" + Math.max(1, width[c]) + "s", cells.get(r).get(c)));
                if (c < columns - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
            if (r == 0) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                out.append("-".repeat(total - 2)).append(System.lineSeparator());
            }
        }
        return out.toString();
    }
}
