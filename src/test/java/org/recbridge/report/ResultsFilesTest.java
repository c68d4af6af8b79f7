package org.recbridge.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.analysis.hints.Hint;
import org.recbridge.analysis.hints.HintSubject;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.eval.Verdict;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunRecord;
import org.recbridge.experiment.SummaryRow;

class ResultsFilesTest {
    /** Results of one seed with an undefined AUC and an infinite t statistic, as one seed or one class give. */
    static ExperimentResults results(long seed) {
        RunRecord record = new RunRecord("target-only", "linear", seed, "all", 3, 10, Map.of("AUC", Double.NaN,
                "accuracy", 0.75));
        SummaryRow summary = new SummaryRow("target-only", "linear", "all", "accuracy", 0.75, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, 1);
        Comparison comparison = new Comparison("pooled", "linear", "target-only", "all", "AUC", 1, 0.1, Double.NaN,
                Double.NaN, 0.95, Double.POSITIVE_INFINITY, Double.NaN, 1, 1, 0, 0, Verdict.NO_DIFFERENCE, false,
                0.005);
        return new ExperimentResults(1, "p", "2026-11-28T09:00:00Z", "classification", "warm", List.of(seed),
                List.of("AUC", "accuracy"), List.of(record), List.of(), List.of(summary), List.of(), List.of(comparison),
                List.of(), List.of(), List.of(), null, List.of(), List.of(), null);
    }

    /** A stream that fails with the disk-full error after {@code limit} bytes. */
    static OutputStream fullDiskAfter(OutputStream out, int limit) {
        return new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > limit) {
                    throw new IOException("No space left on device");
                }
                super.write(b);
            }
        };
    }

    @Test
    void everyNumberIsAJsonNumberOrNullAndReadsBackAsNaN(@TempDir Path dir) throws Exception {
        ResultsFiles.write(results(1), dir);
        String text = Files.readString(dir.resolve("results.json"));
        assertFalse(text.contains("NaN") || text.contains("Infinity"), text);
        JsonNode json = new ObjectMapper().readTree(text);
        assertTrue(json.get("records").get(0).get("metrics").get("AUC").isNull());
        assertTrue(json.get("comparisons").get(0).get("tStatistic").isNull());
        assertTrue(json.get("summary").get(0).get("upper").isNull());
        ExperimentResults back = ResultsFiles.readJson(dir.resolve("results.json"));
        assertTrue(Double.isNaN(back.comparisons().get(0).tStatistic()));
        assertEquals(0.1, back.comparisons().get(0).meanDifference());
        assertEquals("target-only,linear,1,all,3,10,,0.75", Files.readAllLines(dir.resolve("results.csv")).get(1));
    }

    @Test
    void aRocCurveReadsBackAsWrittenItsStartingThresholdInfinite(@TempDir Path dir) throws Exception {
        List<org.recbridge.eval.RocPoint> roc = List.of(new org.recbridge.eval.RocPoint(0, 0, Double.POSITIVE_INFINITY),
                new org.recbridge.eval.RocPoint(0, 0.5, 0.9), new org.recbridge.eval.RocPoint(1, 1, 0.1));
        ExperimentResults written = results(1);
        RunRecord record = written.records().get(0);
        ExperimentResults withRoc = new ExperimentResults(1, "p", written.createdAt(), "classification", "warm",
                List.of(1L), List.of("AUC", "accuracy"), List.of(new RunRecord(record.strategy(), record.learner(),
                record.seed(), record.group(), record.users(), record.rows(), record.metrics(), roc)),
                List.of(), written.summary(), List.of(), written.comparisons(), List.of(), List.of(), List.of(), null,
                List.of(), List.of(), null);
        ResultsFiles.write(withRoc, dir);
        assertTrue(Files.readString(dir.resolve("results.json")).contains("\"threshold\" : null"));
        assertEquals(roc, ResultsFiles.readJson(dir.resolve("results.json")).records().get(0).roc());
    }

    @Test
    void hintsKeepTheirSubjectAndResultsWrittenBeforeHintsHadOneStillRead(@TempDir Path dir) throws Exception {
        List<Hint> hints = List.of(new Hint("negative-transfer", "warning", "pooled (linear) hurts",
                new HintSubject("pooled", "linear", "all", "AUC")), new Hint("few-seeds", "warning", "only 1 seed"));
        ExperimentResults withHints = results(1).withInsights(null, hints);
        ResultsFiles.write(withHints, dir);
        Path json = dir.resolve("results.json");
        assertEquals(hints, ResultsFiles.readJson(json).hints());
        String older = Files.readString(json).replaceAll(",\\s*\"subject\"\\s*:\\s*(\\{[^}]*\\}|null)", "");
        assertFalse(older.contains("\"subject\""), older);
        Files.writeString(json, older);
        assertEquals(List.of(new Hint("negative-transfer", "warning", "pooled (linear) hurts"), hints.get(1)),
                ResultsFiles.readJson(json).hints());
    }

    @Test
    void comparisonsWrittenBeforeTheirIntervalHadALevelReadAsThePlain95PercentOne(@TempDir Path dir)
            throws Exception {
        ResultsFiles.write(results(1), dir);
        Path json = dir.resolve("results.json");
        assertEquals(0.95, ResultsFiles.readJson(json).comparisons().get(0).confidence());
        String older = Files.readString(json).replaceAll(",\\s*\"confidence\"\\s*:\\s*[0-9.]+", "");
        assertFalse(older.contains("\"confidence\""), older);
        Files.writeString(json, older);
        Comparison read = ResultsFiles.readJson(json).comparisons().get(0);
        assertTrue(Double.isNaN(read.confidence()));
        assertEquals("95%", read.intervalLevel());
    }

    /** Hand-edited or damaged results: one line naming the file and the field, never an exception later on. */
    @Test
    void aDamagedResultsFileIsRefusedNamingTheField(@TempDir Path dir) throws Exception {
        ResultsFiles.write(results(1), dir);
        Path json = dir.resolve("results.json");
        String good = Files.readString(json);
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put(good.replaceFirst("\"summary\" : \\[", "\"summary\" : null, \"was\" : ["),
                "results.json, field summary: missing or null; expected a list");
        cases.put(good.replaceFirst("\"runs\" : \\[ \\]", "\"runs\" : null"),
                "results.json, field runs: missing or null; expected a list");
        cases.put(good.replaceFirst("\"strategy\" : \"target-only\",", ""),
                "results.json, field records[0].strategy: missing or null; expected a text");
        cases.put(good.replaceFirst("\"seeds\" : \\[ 1 \\]", "\"seeds\" : \"one\""),
                "field seeds: expected a list");
        cases.put(good.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 99"),
                "results.json, field formatVersion: results format version 99 is not supported");
        cases.put(good.replaceFirst("\"formatVersion\" : 1,", ""), "results.json, field formatVersion: missing");
        cases.put(good.replaceFirst("\"project\" : \"p\",", "\"project\" : \"p\", \"project\" : \"q\","),
                "field \"project\" is given twice");
        cases.put(good + "{}", "text after the end of the JSON value");
        cases.put("", "results.json: the file is empty");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            assertFalse(c.getKey().equals(good), c.getValue());
            Files.writeString(json, c.getKey());
            IOException e = assertThrows(IOException.class, () -> ResultsFiles.readJson(json), c.getValue());
            assertTrue(e.getMessage().contains(c.getValue()), e.getMessage());
            assertTrue(e.getMessage().startsWith(json.toString()), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("java."), e.getMessage());
        }
    }

    @Test
    void resultsFromALaterVersionWithFieldsThisOneDoesNotKnowStillRead(@TempDir Path dir) throws Exception {
        ResultsFiles.write(results(1), dir);
        Path json = dir.resolve("results.json");
        Files.writeString(json, Files.readString(json).replaceFirst("\\{", "{ \"addedLater\" : { \"x\" : [1, 2] },"));
        ExperimentResults read = ResultsFiles.readJson(json);
        assertEquals("p", read.project());
        assertEquals(0.75, read.records().get(0).metrics().get("accuracy"));
        assertEquals("pooled", read.comparisons().get(0).strategy());
    }

    @Test
    void aRerunKeepsTheEarlierResultsAndLatestIsTheNewest(@TempDir Path dir) throws Exception {
        ResultsFiles.Written first = ResultsFiles.write(results(1), dir);
        assertNull(first.previous());
        byte[] firstJson = Files.readAllBytes(dir.resolve("results.json"));
        ResultsFiles.Written second = ResultsFiles.write(results(2), dir);
        assertEquals(dir.resolve("previous"), second.previous().getParent());
        assertArrayEquals(firstJson, Files.readAllBytes(second.previous().resolve("results.json")));
        assertTrue(Files.exists(second.previous().resolve("results.csv")));
        assertEquals(2, ResultsFiles.readJson(ResultsFiles.latest(dir)).seeds().get(0));
        ResultsFiles.Written third = ResultsFiles.write(results(3), dir);
        assertFalse(third.previous().equals(second.previous()), "a second rerun in the same second keeps its own folder");
    }

    @Test
    void theSameResultsWrittenAgainMakeNoBackup(@TempDir Path dir) throws Exception {
        ResultsFiles.write(results(1), dir);
        assertNull(ResultsFiles.write(results(1), dir).previous(), "a project saved twice keeps one copy");
        assertFalse(Files.exists(dir.resolve("previous")));
        assertEquals(dir.resolve("previous"), ResultsFiles.write(results(2), dir).previous().getParent());
    }

    @Test
    void aWriteThatFailsMidwayLeavesThePreviousResultsIntact(@TempDir Path dir) throws Exception {
        ResultsFiles.write(results(1), dir);
        byte[] json = Files.readAllBytes(dir.resolve("results.json"));
        byte[] csv = Files.readAllBytes(dir.resolve("results.csv"));
        IOException e = assertThrows(IOException.class,
                () -> ResultsFiles.write(results(2), dir, out -> fullDiskAfter(out, 200)));
        assertEquals("cannot write " + dir.resolve("results.json") + ": no space left on device; the earlier "
                + "results.json is unchanged", e.getMessage());
        assertArrayEquals(json, Files.readAllBytes(dir.resolve("results.json")));
        assertArrayEquals(csv, Files.readAllBytes(dir.resolve("results.csv")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("results.csv", "results.json"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no temporary file or backup is left behind");
        }
    }

    @Test
    void aResultNameTakenByAFolderIsFoundBeforeAnyWork(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("results.csv"));
        IOException e = assertThrows(IOException.class, () -> check(dir));
        assertEquals("--out " + dir.resolve("results.csv") + ": is a folder; give a file name", e.getMessage());
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        e = assertThrows(IOException.class, () -> check(file.resolve("results")));
        assertEquals("--out " + file.resolve("results") + ": " + file + " is a file, not a folder", e.getMessage());
        check(dir.resolve("new/results"));
        assertFalse(Files.exists(dir.resolve("new")), "the check leaves nothing behind");
    }

    private static void check(Path dir) throws IOException {
        ResultsFiles.checkWritable(dir, "--out", org.recbridge.util.OutputCheck.Inputs.NONE);
    }

    /** results.json and results.csv never disagree: when the second cannot be put in place, the first goes back. */
    @Test
    void whenResultsCsvCannotBeReplacedResultsJsonIsPutBack(@TempDir Path dir) throws Exception {
        ResultsFiles.write(results(1), dir);
        byte[] json = Files.readAllBytes(dir.resolve("results.json"));
        byte[] csv = Files.readAllBytes(dir.resolve("results.csv"));
        Path csvFile = dir.resolve("results.csv");
        IOException e = assertThrows(IOException.class, () -> ResultsFiles.write(results(2), dir,
                java.util.function.UnaryOperator.identity(), () -> {
                    // something else takes results.csv's place after results.json was moved (a folder cannot be
                    // replaced by a file, as a file held open elsewhere cannot on some systems)
                    try {
                        Files.delete(csvFile);
                        Files.createDirectories(csvFile.resolve("held"));
                    } catch (IOException x) {
                        throw new java.io.UncheckedIOException(x);
                    }
                }));
        assertTrue(e.getMessage().startsWith("cannot write " + csvFile + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith("results.json was put back as it was, so the two still agree"),
                e.getMessage());
        assertArrayEquals(json, Files.readAllBytes(dir.resolve("results.json")));
        Files.delete(csvFile.resolve("held"));
        Files.delete(csvFile);
        Files.write(csvFile, csv);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("results.csv", "results.json"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no temporary file, and no copy of results that were never replaced");
        }
        // with no earlier pair, the new results.json is removed again
        Path fresh = dir.resolve("fresh");
        assertThrows(IOException.class, () -> ResultsFiles.write(results(2), fresh,
                java.util.function.UnaryOperator.identity(), () -> {
                    try {
                        Files.createDirectories(fresh.resolve("results.csv").resolve("held"));
                    } catch (IOException x) {
                        throw new java.io.UncheckedIOException(x);
                    }
                }));
        assertFalse(Files.exists(fresh.resolve("results.json")));
    }

    /** A file of another kind under a result's name is kept too, in previous/, as earlier results are. */
    @Test
    void aFileOfAnotherKindUnderAResultsNameIsKeptInPrevious(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("results.csv"), "user,item,rating\n1,2,5\n");
        ResultsFiles.Written written = ResultsFiles.write(results(1), dir);
        assertEquals("user,item,rating\n1,2,5\n", Files.readString(written.previous().resolve("results.csv")));
    }
}
