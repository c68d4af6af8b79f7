package org.recbridge.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.recbridge.RecBridgeVersion;
import org.recbridge.analysis.diagnostics.DiagnosticsText;
import org.recbridge.analysis.hints.Hint;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.eval.MetricNames;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.RunFailure;
import org.recbridge.experiment.SummaryRow;
import org.recbridge.report.AnalysisTables;
import org.recbridge.report.ResultsTable;
import org.recbridge.report.charts.ChartSvg;
import org.recbridge.report.charts.NamedChart;
import org.recbridge.report.charts.ResultCharts;
import org.recbridge.util.AtomicFile;
import org.recbridge.util.OutputCheck;
import org.recbridge.util.OutputKind;

/**
 * One self-contained HTML file of an experiment: settings, data and diagnostics, results with intervals,
 * paired comparisons with verdicts, every chart as inline SVG, the training table, hints, version and time taken.
 * No scripts, stylesheets or images are fetched, so it opens offline and can be mailed as one file.
 * Each part is a {@code <section>} with a stable id ({@link #SECTIONS}) so tools and tests can find it.
 */
public final class HtmlReport {
    /** The ids of the report's sections, in order. */
    public static final List<String> SECTIONS = List.of("settings", "data", "results", "comparisons", "charts",
            "training", "hints", "about");

    private static final String STYLE = "body{font-family:sans-serif;max-width:1600px;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;"
            + "text-align:left;font-size:90%}th{background:#eee}pre{background:#f7f7f7;padding:1em;overflow-x:auto;"
            + "font-size:85%}.worse{color:#b2182b}.better{color:#1a6b3a}figure{margin:1.5em 0}"
            + "figure svg{max-width:100%;height:auto}figure.panels svg{width:33%}";

    private HtmlReport() {
    }

    /**
     * Writes the report in one step (temporary file, then a move), so a failure never leaves half a report.
     * {@code seconds}: the experiment's wall time, or NaN when it is not known (results reopened from a file).
     */
    public static void write(ExperimentResults results, Project project, double seconds, Path file) throws IOException {
        OutputCheck.file(file, "the report", OutputKind.REPORT, project.inputs());
        String html = render(results, project, seconds);
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.write(file, OutputKind.REPORT, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    public static String render(ExperimentResults results, Project project, double seconds) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .text("RecBridge report: " + results.project()).raw("</title><style>" + STYLE + "</style></head><body>");
        h.raw("<h1>").text("RecBridge report: " + results.project()).raw("</h1>");
        settings(h, results, project);
        data(h, results);
        results(h, results);
        comparisons(h, results.comparisons());
        charts(h, results);
        training(h, results);
        hints(h, results.hints());
        h.section("about", "About this report")
                .raw("<p>").text(String.format(Locale.ROOT, "Made by RecBridge %s on %s%s (results created %s).",
                        RecBridgeVersion.VERSION, OffsetDateTime.now(), Double.isNaN(seconds) ? ""
                                : String.format(Locale.ROOT, "; the experiment took %.1f s", seconds),
                        results.createdAt())).raw("</p></section>");
        return h.raw("</body></html>\n").toString();
    }

    private static void settings(Html h, ExperimentResults r, Project project) {
        h.section("settings", "Project settings").raw("<ul>");
        h.item("task: " + r.task() + ", protocol: " + r.protocol());
        h.item("seeds: " + r.seeds());
        h.item("learners: " + String.join(", ", project.learners().stream().map(l -> l.label()).toList()));
        h.item("strategies: " + String.join(", ", project.strategies().stream().map(s -> s.label()).toList()));
        h.item("baseline: " + project.evaluation().baseline());
        h.raw("</ul>");
        String file = projectText(project);
        if (file != null) {
            h.raw("<p>").text("Project file " + project.file().getFileName() + ":").raw("</p><pre>").text(file).raw("</pre>");
        }
        h.raw("</section>");
    }

    /** The project file as written, when it can still be read (a synthetic project has none). */
    private static String projectText(Project project) {
        try {
            return project.file() != null && Files.isRegularFile(project.file()) ? Files.readString(project.file()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void data(Html h, ExperimentResults r) {
        h.section("data", "Data and diagnostics").raw("<ul>");
        r.notes().forEach(h::item);
        r.overlap().forEach(o -> h.item(o.toLine()));
        h.raw("</ul>");
        if (r.diagnostics() != null) {
            h.raw("<pre>").text(DiagnosticsText.format(r.diagnostics())).raw("</pre>");
        }
        h.raw("</section>");
    }

    private static void results(Html h, ExperimentResults r) {
        h.section("results", "Results").raw("<p>").text("Test metrics, mean and 95% interval over " + r.seeds().size()
                + " seed(s).").raw("</p><table><tr><th>strategy</th><th>learner</th><th>users</th>");
        List<String> shown = MetricNames.shown(r.metrics());
        shown.forEach(m -> h.raw("<th>").text(m).raw("</th>"));
        h.raw("</tr>");
        java.util.Map<String, java.util.Map<String, SummaryRow>> rows = new java.util.LinkedHashMap<>();
        for (SummaryRow s : r.summary()) {
            rows.computeIfAbsent(s.strategy() + "\u0000" + s.learner() + "\u0000" + s.group(),
                    k -> new java.util.HashMap<>()).put(s.metric(), s);
        }
        rows.forEach((key, byMetric) -> {
            String[] k = key.split("\u0000");
            h.raw("<tr><td>").text(k[0]).raw("</td><td>").text(k[1]).raw("</td><td>").text(k[2]).raw("</td>");
            for (String m : shown) {
                SummaryRow s = byMetric.get(m);
                h.raw("<td>").text(s == null ? "" : s.meanAndInterval()).raw("</td>");
            }
            h.raw("</tr>");
        });
        h.raw("</table>");
        if (!r.failures().isEmpty()) {
            h.raw("<p>Failed runs:</p><ul>");
            for (RunFailure f : r.failures()) {
                h.item(f.strategy() + " with " + f.learner() + ", seed " + f.seed() + ": " + f.message());
            }
            h.raw("</ul>");
        }
        h.raw("</section>");
    }

    private static void comparisons(Html h, List<Comparison> comparisons) {
        h.section("comparisons", "Paired comparisons with the baseline");
        if (comparisons.isEmpty()) {
            h.raw("<p>No comparisons (the baseline did not run).</p></section>");
            return;
        }
        Comparison c0 = comparisons.get(0);
        h.raw("<p>").text("Each strategy against " + c0.baseline() + " on " + c0.metric() + ", paired by seed; the "
                + "interval and the verdict are the corrected resampled t-test's.").raw("</p>");
        h.raw("<table><tr><th>strategy</th><th>learner</th><th>users</th><th>").text("difference ["
                + c0.intervalLevel() + " interval]").raw("</th><th>t</th><th>p(t)</th><th>p(Wilcoxon)</th>"
                + "<th>W/T/L</th><th>verdict</th></tr>");
        for (Comparison c : comparisons) {
            String verdict = c.verdictWords() + (c.negativeTransfer() ? ", NEGATIVE TRANSFER" : "");
            h.raw("<tr><td>").text(c.strategy()).raw("</td><td>").text(c.learner()).raw("</td><td>").text(c.group())
                    .raw("</td><td>").text(c.differenceText())
                    .raw("</td><td>").text(ResultsTable.statistic(c.tStatistic()))
                    .raw("</td><td>").text(ResultsTable.pValue(c.tPValue()))
                    .raw("</td><td>").text(ResultsTable.pValue(c.wilcoxonPValue()))
                    .raw("</td><td>").text(c.wins() + "/" + c.ties() + "/" + c.losses())
                    .raw("</td><td class=\"" + verdictClass(c) + "\">")
                    .text(verdict).raw("</td></tr>");
        }
        h.raw("</table></section>");
    }

    /** The verdict's colour, by the rule the workbench's tables follow ({@link Comparison#standing()}). */
    static String verdictClass(Comparison c) {
        return switch (c.standing()) {
            case PAYS_OFF -> "better";
            case NEGATIVE -> "worse";
            case NEUTRAL -> "";
        };
    }

    private static void charts(Html h, ExperimentResults r) {
        h.section("charts", "Charts");
        for (NamedChart c : ResultCharts.all(r)) {
            h.raw("<figure id=\"" + c.id() + "\"" + (c.panels().size() > 1 ? " class=\"panels\"" : "") + ">");
            for (var panel : c.panels()) {
                h.raw(ChartSvg.of(panel, c.width(), c.height()));
            }
            h.raw("<figcaption>").text(c.caption()).raw("</figcaption></figure>");
        }
        h.raw("</section>");
    }

    private static void training(Html h, ExperimentResults r) {
        h.section("training", "Training");
        for (String table : List.of(AnalysisTables.training(r), AnalysisTables.learningCurves(r), AnalysisTables.sweeps(r))) {
            if (!table.isBlank()) {
                h.raw("<pre>").text(table).raw("</pre>");
            }
        }
        h.raw("</section>");
    }

    private static void hints(Html h, List<Hint> hints) {
        h.section("hints", "Hints").raw("<ul>");
        hints.forEach(x -> h.item(x.message()));
        if (hints.isEmpty()) {
            h.item("no hints");
        }
        h.raw("</ul></section>");
    }

    /** A string builder that escapes text and leaves markup alone. */
    private static final class Html {
        private final StringBuilder out = new StringBuilder();

        Html raw(String markup) {
            out.append(markup);
            return this;
        }

        Html text(String text) {
            for (char ch : text.toCharArray()) {
                switch (ch) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    default -> out.append(ch);
                }
            }
            return this;
        }

        Html section(String id, String title) {
            return raw("<section id=\"" + id + "\"><h2>").text(title).raw("</h2>");
        }

        void item(String text) {
            raw("<li>").text(text).raw("</li>");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
