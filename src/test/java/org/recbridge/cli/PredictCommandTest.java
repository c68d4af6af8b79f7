package org.recbridge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run --export-models, then predict with each exported model on the exact test rows the run evaluated. */
class PredictCommandTest {
    private static final Pattern AUC = Pattern.compile("metrics on (\\d+) rated rows \\(classification\\): AUC ([0-9.]+)");

    @TempDir
    static Path work;

    static Path models;
    static Path testRows;
    static JsonNode results;

    @BeforeAll
    static void runTheSampleProjectWithExports() throws Exception {
        models = work.resolve("models");
        CliTest.Result r = CliTest.cli("run", "sample-projects/movies-to-books/project.json", "--seeds", "1",
                "--strategies", "target-only,pooled", "--out", work.resolve("results").toString(), "--quiet",
                "--export-models", models.toString(), "--export-splits", work.resolve("splits").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("exported 4 model(s) to " + models), r.out());
        testRows = work.resolve("splits/seed-1/target.test.csv");
        results = new ObjectMapper().readTree(work.resolve("results/results.json").toFile());
    }

    @Test
    void predictOnTheRunsTestRowsReproducesTheRecordedAuc() throws Exception {
        List<Path> dirs = modelDirs();
        assertEquals(4, dirs.size(), dirs.toString());
        for (Path dir : dirs) {
            JsonNode manifest = new ObjectMapper().readTree(dir.resolve("model.json").toFile());
            Path scores = work.resolve(dir.getFileName() + ".csv");
            CliTest.Result r = CliTest.cli("predict", dir.toString(), testRows.toString(), "--out", scores.toString());
            assertEquals(0, r.code(), r.err());
            Matcher m = AUC.matcher(r.out());
            assertTrue(m.find(), r.out());
            JsonNode recorded = record(manifest.get("strategy").asText(), manifest.get("learner").asText(), "all");
            assertEquals(recorded.get("rows").asInt(), Integer.parseInt(m.group(1)), dir.toString());
            assertEquals(recorded.get("metrics").get("AUC").asDouble(), Double.parseDouble(m.group(2)), 1e-6, dir.toString());
            List<String> lines = Files.readAllLines(scores);
            assertEquals("user,item,score", lines.get(0));
            assertEquals(recorded.get("rows").asInt() + 1, lines.size());
        }
    }

    @Test
    void topKListsKDistinctItemsEachUserHasNotRated() throws Exception {
        Path scores = work.resolve("top.csv");
        CliTest.Result r = CliTest.cli("predict", modelDirs().get(0).toString(), testRows.toString(), "--top", "5",
                "--out", scores.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, Set<String>> rated = new HashMap<>();
        for (String line : Files.readAllLines(testRows).subList(1, Files.readAllLines(testRows).size())) {
            String[] f = line.split(",");
            rated.computeIfAbsent(f[0], u -> new HashSet<>()).add(f[1]);
        }
        Map<String, Set<String>> listed = new HashMap<>();
        List<String> lines = Files.readAllLines(scores);
        assertEquals("user,rank,item,score", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertFalse(rated.get(f[0]).contains(f[2]), "user " + f[0] + " already rated " + f[2]);
            assertTrue(listed.computeIfAbsent(f[0], u -> new HashSet<>()).add(f[2]), "item listed twice: " + line);
        }
        assertEquals(rated.keySet(), listed.keySet());
        listed.values().forEach(items -> assertEquals(5, items.size()));
    }

    @Test
    void exportBestExportsOneRunPerStrategyChosenOnValidation() throws Exception {
        Path best = work.resolve("best");
        // what an export killed with kill -9 left (its process is gone), and a hidden folder of someone else's
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path leftover = Files.createDirectories(best.resolve(".pooled_fm_seed1.rb-" + gone.pid() + "-42.tmp"));
        Files.writeString(leftover.resolve("model.json"), "{\"half\": ");
        Path theirs = Files.createDirectories(best.resolve(".git"));
        CliTest.Result r = CliTest.cli("run", "sample-projects/movies-to-books/project.json", "--seeds", "1,2",
                "--strategies", "target-only", "--out", work.resolve("results-best").toString(), "--quiet",
                "--export-models", best.toString(), "--export-best", "auc");
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> s = Files.list(best)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), "one model folder and .git; the leftover is removed: " + names);
            assertTrue(names.get(1).startsWith("target-only_"), names.toString());
        }
        assertTrue(Files.isDirectory(theirs), "a hidden folder without our pattern is never removed");
        assertEquals(2, CliTest.cli("run", "sample-projects/movies-to-books/project.json", "--export-best", "auc")
                .code(), "--export-best needs --export-models");
        CliTest.Result unknown = CliTest.cli("run", "sample-projects/movies-to-books/project.json", "--export-models",
                best.toString(), "--export-best", "ndcg");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--export-best: unknown metric \"ndcg\" for the classification task; choose "
                + "on validation by auc or loss"), unknown.err());
    }

    /** predict --out never replaces what it reads, nor a file of another kind; a link is written through. */
    @Test
    void scoresNeverReplaceTheModelTheDataOrAnotherKindOfFile() throws Exception {
        Path model = copy(modelDirs().get(0), "outputs");
        Path data = work.resolve("outputs-data.csv");
        Files.copy(testRows, data);
        byte[] rows = Files.readAllBytes(data);
        CliTest.Result r = CliTest.cli("predict", model.toString(), data.toString(), "--out", data.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("error: --out " + data + ": is the data file scored"), r.err());
        assertArrayEquals(rows, Files.readAllBytes(data));

        byte[] manifest = Files.readAllBytes(model.resolve("model.json"));
        r = CliTest.cli("predict", model.toString(), data.toString(), "--out", model.resolve("model.json").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("is inside the model folder"), r.err());
        assertArrayEquals(manifest, Files.readAllBytes(model.resolve("model.json")));

        Path report = Files.writeString(work.resolve("outputs-report.html"), "<!DOCTYPE html><p>a report</p>");
        r = CliTest.cli("predict", model.toString(), data.toString(), "--out", report.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("already exists and is an HTML file, not a scores file"), r.err());
        assertEquals("<!DOCTYPE html><p>a report</p>", Files.readString(report));

        Path real = Files.writeString(work.resolve("outputs-scores.csv"), "user,item,score\n");
        Path link = Files.createSymbolicLink(work.resolve("outputs-link.csv"), real);
        r = CliTest.cli("predict", model.toString(), data.toString(), "--out", link.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readAllLines(real).size() > 1, "the scores went to the file the link points to");
    }

    /** Issue 22: a model of one catalogue applied to another printed "AUC 0.500000", every score alike, silently. */
    @Test
    void dataTheModelHasNeverSeenIsCountedAndSaidOnStderrAndInTheFile() throws Exception {
        Path foreign = work.resolve("other-catalogue.csv");
        StringBuilder rows = new StringBuilder("user,item,rating\n");
        for (int u = 0; u < 30; u++) {
            for (int i = 0; i < 4; i++) {
                rows.append("stranger").append(u).append(",book").append(1000 + (u * 7 + i) % 11).append(',')
                        .append(1 + (u + i) % 5).append('\n');
            }
        }
        Files.writeString(foreign, rows);
        Path scores = work.resolve("blind.csv");
        CliTest.Result r = CliTest.cli("predict", modelDirs().get(0).toString(), foreign.toString(), "--out",
                scores.toString());
        assertEquals(0, r.code(), r.err());
        String said = "0 of 30 users and 0 of 11 items are known to the model: every score is the base rate";
        assertEquals("warning: " + said, r.err().strip());
        List<String> lines = Files.readAllLines(scores);
        assertEquals("# " + said, lines.get(0));
        assertEquals("user,item,score", lines.get(1));
        assertEquals(121, lines.size() - 1);

        // to stdout: the comment still heads the scores, the warning stays on stderr
        CliTest.Result piped = CliTest.cli("predict", modelDirs().get(0).toString(), foreign.toString(), "--top", "2");
        assertTrue(piped.out().startsWith("# " + said + "\nuser,rank,item,score\n"), piped.out());
        assertTrue(piped.err().startsWith("warning: " + said), piped.err());

        // the run's own test rows: cold-start users unknown to target-only are counted, the file stays plain CSV
        Path targetOnly = modelDirs().stream().filter(d -> d.getFileName().toString().startsWith("target-only"))
                .findFirst().orElseThrow();
        CliTest.Result own = CliTest.cli("predict", targetOnly.toString(), testRows.toString(), "--out",
                work.resolve("own.csv").toString());
        assertTrue(own.err().matches("warning: [\\d,]+ of [\\d,]+ users and [\\d,]+ of [\\d,]+ items are known to the "
                + "model \\([\\d,]+ of [\\d,]+ pairs have both\\); the other pairs .*\\s*"), own.err());
        assertEquals("user,item,score", Files.readAllLines(work.resolve("own.csv")).get(0));
    }

    @Test
    void damagedOrForeignInputsGiveOneLineNamingWhatIsWrong() throws Exception {
        Path good = modelDirs().get(0);
        Path noManifest = copy(good, "no-manifest");
        Files.delete(noManifest.resolve("model.json"));
        expectError(noManifest, testRows, "not a RecBridge model (no model.json)");

        Path newer = copy(good, "newer");
        Files.writeString(newer.resolve("model.json"), Files.readString(newer.resolve("model.json"))
                .replace("\"formatVersion\" : 1", "\"formatVersion\" : 99"));
        expectError(newer, testRows, "model format version 99 is unknown to this RecBridge");

        Path foreign = copy(good, "foreign");
        Files.writeString(foreign.resolve("model.json"), "{\"name\": \"something else\"}");
        expectError(foreign, testRows, "not a RecBridge model (field format is not \"recbridge-model\")");

        Path broken = copy(good, "broken");
        byte[] bytes = Files.readAllBytes(broken.resolve("model-1.tribuo"));
        Files.write(broken.resolve("model-1.tribuo"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        expectError(broken, testRows, "model-1.tribuo: damaged model directory");

        Path baseline = copy(good, "damaged-baseline");
        assertTrue(Files.isRegularFile(baseline.resolve("baseline.json")), "a project's run keeps baseline features");
        Files.writeString(baseline.resolve("baseline.json"), Files.readString(baseline.resolve("baseline.json"))
                .replaceFirst("\"mu\" *: *[-0-9.eE]+", "\"mu\" : \"three\""));
        expectError(baseline, testRows, "baseline.json: damaged model directory (field mu: expected a number)");

        Path truncated = copy(good, "truncated-json");
        Files.writeString(truncated.resolve("model.json"), "{\"format\": \"recbridge-model\", \"formatVers");
        expectError(truncated, testRows, "model.json line 1: not valid JSON");

        // a manifest is data: its paths stay inside the model folder, its weights make a mean, its keys are unique
        String manifest = Files.readString(good.resolve("model.json"));
        expectManifestError("escaping", manifest.replaceFirst("\"file\" : \"model-1.tribuo\"",
                "\"file\" : \"../model-1.tribuo\""), "field models[0].file: \"../model-1.tribuo\" leaves the model folder");
        expectManifestError("absolute", manifest.replaceFirst("\"targetItems\" : \"[^\"]*\"",
                "\"targetItems\" : \"/etc/passwd\""), "field targetItems: \"/etc/passwd\" leaves the model folder");
        expectManifestError("zero-weights", manifest.replaceAll("\"weight\" : [0-9.]+", "\"weight\" : 0.0"),
                "field models: the weights sum to 0");
        expectManifestError("negative-weight", manifest.replaceFirst("\"weight\" : [0-9.]+", "\"weight\" : -1.0"),
                "field models: weight 1 is -1.0");
        expectManifestError("duplicate-key", manifest.replaceFirst("\"seed\" : ", "\"seed\" : 7, \"seed\" : "),
                "model.json line 6: field \"seed\" is given twice");
        expectManifestError("trailing", manifest + "{}", "text after the end of the JSON value");

        expectError(work.resolve("nowhere"), testRows, "not a model directory (no such folder)");

        Path oneColumn = work.resolve("one-column.csv");
        Files.writeString(oneColumn, "colour\nred\nblue\n");
        expectError(good, oneColumn, "one-column.csv");
    }

    @Test
    void rolesPlaceColumnsDetectionCannotAndBadRowsAreSkippedOnlyWhenAsked() throws Exception {
        Path dir = modelDirs().get(0);
        List<String> lines = Files.readAllLines(testRows);
        assertTrue(lines.get(0).startsWith("user,item,rating"), lines.get(0));
        List<String> renamed = new java.util.ArrayList<>(lines);
        renamed.set(0, "a,b,c" + lines.get(0).substring("user,item,rating".length()));
        int badLine = renamed.size() + 1;
        renamed.add("someone,something,lots" + ",".repeat(lines.get(0).split(",").length - 3));
        Path data = work.resolve("renamed.csv");
        Files.write(data, renamed);

        CliTest.Result reference = CliTest.cli("predict", dir.toString(), testRows.toString(), "--out",
                work.resolve("reference.csv").toString());
        Matcher expected = AUC.matcher(reference.out());
        assertTrue(expected.find(), reference.out());

        CliTest.Result noRoles = CliTest.cli("predict", dir.toString(), data.toString());
        assertEquals(1, noRoles.code(), noRoles.err());
        assertTrue(noRoles.err().contains("renamed.csv"), noRoles.err());
        String[] roles = {"--role", "a=user", "--role", "b=item", "--role", "c=rating"};
        CliTest.Result badRow = CliTest.cli(concat(new String[] {"predict", dir.toString(), data.toString()}, roles));
        assertEquals(1, badRow.code(), badRow.err());
        assertTrue(badRow.err().contains("renamed.csv line " + badLine + ", column c"), badRow.err());

        CliTest.Result skipped = CliTest.cli(concat(new String[] {"predict", dir.toString(), data.toString(), "--out",
                work.resolve("renamed-scores.csv").toString(), "--skip-bad-rows"}, roles));
        assertEquals(0, skipped.code(), skipped.err());
        assertTrue(skipped.out().contains("1 bad rows skipped"), skipped.out());
        Matcher m = AUC.matcher(skipped.out());
        assertTrue(m.find(), skipped.out());
        assertEquals(expected.group(0), m.group(0), "the same rows, the same metrics");
        assertEquals(Files.readAllLines(work.resolve("reference.csv")),
                Files.readAllLines(work.resolve("renamed-scores.csv")));

        CliTest.Result unknownRole = CliTest.cli("predict", dir.toString(), data.toString(), "--role", "c=stars");
        assertEquals(2, unknownRole.code(), unknownRole.err());
        assertTrue(unknownRole.err().contains("--role c=stars: unknown role; expected user, item, rating"),
                unknownRole.err());
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    private static void expectError(Path model, Path data, String expected) {
        CliTest.Result r = CliTest.cli("predict", model.toString(), data.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(expected), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    /** A copy of the first model whose manifest is {@code text}; predict must refuse it, writing no scores. */
    private void expectManifestError(String name, String text, String expected) throws Exception {
        Path dir = copy(modelDirs().get(0), name);
        assertFalse(text.equals(Files.readString(dir.resolve("model.json"))), name + ": the manifest is unchanged");
        Files.writeString(dir.resolve("model.json"), text);
        Path scores = work.resolve(name + "-scores.csv");
        CliTest.Result r = CliTest.cli("predict", dir.toString(), testRows.toString(), "--out", scores.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(expected), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(scores), "nothing is written before the model is read");
    }

    private static Path copy(Path from, String name) throws Exception {
        Path to = work.resolve(name);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static List<Path> modelDirs() throws Exception {
        try (Stream<Path> s = Files.list(models)) {
            return s.sorted().toList();
        }
    }

    private static JsonNode record(String strategy, String learner, String group) {
        for (JsonNode r : results.get("records")) {
            if (r.get("strategy").asText().equals(strategy) && r.get("learner").asText().equals(learner)
                    && r.get("group").asText().equals(group) && r.get("seed").asLong() == 1) {
                return r;
            }
        }
        throw new AssertionError("no record of " + strategy + " with " + learner);
    }
}
