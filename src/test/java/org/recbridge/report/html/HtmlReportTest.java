package org.recbridge.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.cli.RecBridgeCommand;

class HtmlReportTest {
    @Test
    void runReportHoldsEverySectionAndChartAndNeedsNoNetwork(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RecBridgeCommand.execute(new String[] {"run", "sample-projects/movies-to-books/project.json",
            "--seeds", "1,2", "--strategies", "target-only,pooled", "--budgets", "0.5,1", "--out",
            dir.resolve("results").toString(), "--quiet", "--report", file.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("wrote " + file), out.toString());

        String html = java.nio.file.Files.readString(file);
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(html, "", parser);
        assertEquals(List.of(), parser.getErrors(), "the report parses as HTML without errors");
        assertTrue(doc.title().contains("Synthetic movies to books"), doc.title());
        for (String id : HtmlReport.SECTIONS) {
            assertNotNull(doc.getElementById(id), "section " + id);
        }
        for (String learner : List.of("linear", "fm")) {
            for (String chart : List.of("chart-differences-", "chart-main-metric-", "chart-training-curves-",
                    "chart-roc-", "chart-learning-curves-")) {
                Element figure = doc.getElementById(chart + learner);
                assertNotNull(figure, chart + learner);
                Element svg = figure.selectFirst("svg");
                assertNotNull(svg, chart + " is an inline SVG");
                assertFalse(svg.select("path, line, rect, polyline").isEmpty(), chart + " draws something");
                assertNotNull(svg.attr("viewBox"), "scales to the page");
            }
        }
        // the window's charts: pooled in its palette colour (Okabe-Ito bluish green) in the report's bars too,
        // on the window's white background, not JFreeChart's default grey
        String pooled = rgb(new org.recbridge.chart.StrategyPalette(List.of("target-only", "pooled"))
                .colour("pooled"));
        assertTrue(doc.getElementById("chart-main-metric-fm").html().contains(pooled), pooled);
        assertTrue(doc.getElementById("chart-differences-fm").html().contains(pooled), pooled);
        assertFalse(doc.getElementById("chart-main-metric-fm").html().contains("rgb(192,192,192)"), "no grey plot");
        // 2 strategies x 2 learners x 3 user groups
        assertEquals(12, doc.select("#results table tr").size() - 1);
        assertTrue(doc.select("#comparisons td").eachText().stream().anyMatch(t -> t.matches("better|worse|no difference.*")),
                "verdicts are shown");
        assertTrue(doc.select("#training pre").text().contains("kept epoch"));
        assertFalse(doc.select("#hints li").isEmpty());
        assertTrue(doc.getElementById("about").text().contains("RecBridge"));
        assertTrue(doc.select("script, link, img, iframe").isEmpty(), "nothing is fetched");
        assertTrue(doc.select("[src], [href]").isEmpty(), "no external references");
    }

    private static String rgb(java.awt.Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    @Test
    void everyVerdictIsColouredByTheOneRule() {
        org.recbridge.analysis.significance.Comparison tiny = new org.recbridge.analysis.significance.Comparison(
                "joint", "fm", "target-only", "warm", "AUC", 3, 0.0007, 0.0003, 0.0011, 0.95, 4, 0.01, 0.25, 3, 0, 0,
                org.recbridge.eval.Verdict.BETTER, false, 0.005);
        org.recbridge.analysis.significance.Comparison gain = new org.recbridge.analysis.significance.Comparison(
                "pooled", "fm", "target-only", "warm", "AUC", 3, 0.05, 0.03, 0.07, 0.95, 4, 0.01, 0.25, 3, 0, 0,
                org.recbridge.eval.Verdict.BETTER, false, 0.005);
        assertEquals("", HtmlReport.verdictClass(tiny), "below the minimum effect: not green");
        assertEquals("better", HtmlReport.verdictClass(gain));
    }

    @Test
    void aOneSeedReportPrintsNoNaN(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");
        StringWriter err = new StringWriter();
        int code = RecBridgeCommand.execute(new String[] {"run", "sample-projects/movies-to-books/project.json",
            "--seeds", "1", "--strategies", "target-only,pooled", "--out", dir.resolve("results").toString(),
            "--quiet", "--report", file.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        Document doc = Jsoup.parse(java.nio.file.Files.readString(file));
        // one seed has no interval and no test: the mean alone, and "-" where a test would be
        assertFalse(doc.text().contains("NaN"), doc.select("#results, #comparisons").text());
        assertTrue(doc.select("#results td").eachText().stream().anyMatch(t -> t.matches("0\\.\\d{4}")));
        assertTrue(doc.select("#comparisons td").eachText().contains("-"));
    }
}
