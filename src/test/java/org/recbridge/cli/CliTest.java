package org.recbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.OneClassSourceProject;

class CliTest {
    record Result(int code, String out, String err) {
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RecBridgeCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void runsTheSampleProjectEndToEnd(@TempDir Path dir) throws Exception {
        Result r = cli("run", "sample-projects/movies-to-books/project.json", "--out", dir.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("strategy"), r.out());
        assertTrue(r.out().contains("overlap movies -> books: 1000 of 1500 target users in the source (67%)"), r.out());
        for (String strategy : List.of("target-only", "source-only", "pooled")) {
            assertTrue(r.out().contains(strategy), strategy + " missing from\n" + r.out());
        }
        JsonNode json = new ObjectMapper().readTree(dir.resolve("results.json").toFile());
        assertEquals(1, json.get("formatVersion").asInt());
        // 3 strategies x 2 learners x 3 seeds x 3 user groups
        assertEquals(54, json.get("records").size());
        assertEquals(18, json.get("runs").size());
        JsonNode run = json.get("runs").get(0);
        assertTrue(run.get("curve").get("bestEpoch").asInt() >= 1);
        assertTrue(run.get("provenance").isArray() || run.get("provenance").isObject(), run.get("provenance").toString());
        List<String> csv = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(55, csv.size());
        assertTrue(csv.get(0).startsWith("strategy,learner,seed,group,users,rows,AUC,accuracy,log-loss,HR@10,NDCG@10"));
        for (JsonNode s : json.get("summary")) {
            if (s.get("metric").asText().equals("AUC")) {
                double mean = s.get("mean").asDouble();
                assertTrue(mean > 0.5 && mean < 1, s.toString());
                assertTrue(s.get("lower").asDouble() <= mean && mean <= s.get("upper").asDouble());
            }
        }
    }

    @Test
    void generateWritesAProjectThatRuns(@TempDir Path dir) throws Exception {
        Result g = cli("generate", "--out", dir.toString(), "--users", "300", "--rho", "0.5", "--seed", "3");
        assertEquals(0, g.code(), g.err());
        assertTrue(Files.exists(dir.resolve("project.json")));
        assertTrue(Files.exists(dir.resolve("data/target-ratings.csv")));
        Result r = cli("run", dir.resolve("project.json").toString(), "--seeds", "1", "--strategies", "target-only", "-q",
                "--budgets", "0.5,1");
        assertEquals(0, r.code(), r.err());
        JsonNode curves = new ObjectMapper().readTree(dir.resolve("results/results.json").toFile()).get("learningCurves");
        assertTrue(curves.size() > 0, curves.toString());
        assertEquals(2, curves.get(0).get("points").size());
        assertEquals(0.5, curves.get(0).get("points").get(0).get("budget").asDouble());
        assertTrue(r.out().contains("Learning curve"), r.out());
        Result bad = cli("run", dir.resolve("project.json").toString(), "--budgets", "0.5,lots");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--budgets: \"lots\" is not a number"), bad.err());
    }

    /** A label as results show it, settings and all, runs that configuration; the project need not name it. */
    @Test
    void strategiesTakesIdsWithSettingsAsResultsLabelThem(@TempDir Path dir) throws Exception {
        assertEquals(0, cli("generate", "--out", dir.toString(), "--users", "300", "--seed", "3").code());
        String tuned = "fine-tune(targetEpochs=1, targetLearningRate=0.05)";
        Result r = cli("run", dir.resolve("project.json").toString(), "--seeds", "1", "-q", "--strategies",
                "target-only," + tuned + ",ensemble(members=pooled+target-only)");
        assertEquals(0, r.code(), r.err());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("results/results.json").toFile()).get("summary");
        java.util.Set<String> labels = new java.util.TreeSet<>();
        summary.forEach(row -> labels.add(row.get("strategy").asText()));
        assertEquals(new java.util.TreeSet<>(List.of("target-only", tuned, "ensemble(members=pooled+target-only)")),
                labels);
    }

    @Test
    void inspectReportsFormatRolesAndCounts() {
        Result r = cli("inspect", "sample-projects/movies-to-books/data/target-ratings.csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("delimited"), r.out());
        assertTrue(r.out().toLowerCase().contains("user"), r.out());
        Result json = cli("inspect", "--json", "sample-projects/movies-to-books/data/target-ratings.csv");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().trim().startsWith("{"), json.out());
    }

    @Test
    void badInputGivesOneLineAndExitCodeOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("ratings.csv");
        Files.writeString(bad, "user,item,rating\nu1,i1,5\nu2,i2,\"4,5\"\n");
        Result r = cli("inspect", bad.toString());
        assertEquals(1, r.code());
        assertEquals("error: ratings.csv line 3, column rating: \"4,5\" is not a number", r.err().trim());
        assertFalse(r.err().contains("Exception"));

        Result missing = cli("run", dir.resolve("nope.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope.json"), missing.err());
    }

    @Test
    void failedRunsAreReportedWithExitCodeThreeAndTheOthersWritten(@TempDir Path dir) throws Exception {
        OneClassSourceProject.write(dir); // source-only fails on every seed, target-only runs
        Result r = cli("run", dir.resolve("p.json").toString(), "--quiet");
        assertEquals(3, r.code(), r.err());
        assertEquals("error: 2 of 4 runs failed (listed above and under failures in results.json); the others "
                + "finished and are reported", r.err().trim());
        assertTrue(r.out().contains("FAILED on seeds 1, 2"), r.out());
        assertTrue(r.out().contains("source-only with linear epochs=2, seed 1: the training rows hold only likes"), r.out());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("results/results.json").toFile());
        assertEquals(2, json.get("failures").size());
        assertEquals("source-only", json.get("failures").get(0).get("strategy").asText());
        assertEquals(2, json.get("runs").size());
    }

    /** Issue 21: a diverging learning rate gave "AUC 0.5000 ± 0.0000" and exit 0. */
    @Test
    void aDivergedRunIsAFailedRunWithItsReasonAndExitThree(@TempDir Path dir) throws Exception {
        Path p = TinyProjects.write(dir, TinyProjects.target(), "\"seeds\": [1, 2], \"learners\": [{\"type\": \"linear\", "
                + "\"epochs\": 3}, {\"type\": \"fm\", \"epochs\": 3, \"learningRate\": 1e9}]");
        Result r = cli("run", p.toString(), "--quiet");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.out().contains("target-only with fm lr=1.0E9 epochs=3, seed 1: training diverged in epoch 1"),
                r.out());
        assertTrue(r.out().contains("with learning rate 1000000000: lower the learning rate (the fm default is 0.05)"),
                r.out());
        assertFalse(r.out().contains("0.5000 ± 0.0000"), r.out());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("results/results.json").toFile());
        assertEquals(2, json.get("failures").size());
        assertEquals(2, json.get("runs").size()); // the linear learner's runs are kept
    }

    /** Issue 21: a source holding the target's rows leaked test rows into training ("transfer pays off"). */
    @Test
    void targetPairsInTheSourceAreRemovedAndSaidAndASourceOfOnlyThoseIsRefused(@TempDir Path dir) throws Exception {
        List<String> target = Files.readAllLines(TinyProjects.DATA.resolve("target.csv"));
        Path p = TinyProjects.write(dir, String.join("\n", target) + "\n", "\"linking\": {\"items\": \"shared\"}");
        // the source gets 50 of the target's rows (same user, same item) besides its own
        Files.write(dir.resolve("source.csv"), target.subList(1, 51), java.nio.file.StandardOpenOption.APPEND);
        Result r = cli("run", p.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("source s: removed 50 of its 370 rows whose (user, item) pair is also in the target "
                + "t (linking users by-id, items shared), so that no target test row is trained on"), r.out());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("results/results.json").toFile());
        assertTrue(json.get("notes").toString().contains("removed 50 of its 370 rows"), json.get("notes").toString());

        // a copy of the target under another name is the target's data
        Files.write(dir.resolve("source.csv"), target);
        Result copy = cli("run", p.toString(), "--quiet");
        assertEquals(1, copy.code(), copy.err());
        assertEquals("error: source s: every one of its 200 rows is a (user, item) pair of the target t (linking users "
                + "by-id, items shared): it is the target's data, which would put the target's test rows into "
                + "training; give a source of other interactions", copy.err().strip());
        // with items per domain the copy's items are other items, but its users' held-out ratings are still there
        // (in each user's id and profile): refused too
        Files.writeString(p, Files.readString(p).replace("\"shared\"", "\"per-domain\""));
        Result perDomain = cli("run", p.toString(), "--quiet");
        assertEquals(1, perDomain.code(), perDomain.err());
        assertEquals("error: source s: 200 of the target t's 200 rows are in it too, with the same user, item and "
                + "rating; linking (users by-id, items per-domain) keeps them apart as other items, but a copy of the "
                + "target's data still puts its test ratings into training; give a source of other interactions",
                perDomain.err().strip());
        // a source sharing fewer than half of the target's rows is a source, per domain (its 50 are other items)
        Files.write(dir.resolve("source.csv"), Files.readAllLines(TinyProjects.DATA.resolve("source.csv")));
        Files.write(dir.resolve("source.csv"), target.subList(1, 51), java.nio.file.StandardOpenOption.APPEND);
        Result some = cli("run", p.toString(), "--quiet");
        assertEquals(0, some.code(), some.err());
        assertFalse(some.out().contains("removed"), some.out());
    }

    /** Issue 21: ranking negatives larger than the catalogue were capped without a word. */
    @Test
    void rankingNegativesTheCatalogueCannotGiveAreNotedAndPrinted(@TempDir Path dir) throws Exception {
        Path p = TinyProjects.write(dir, TinyProjects.target(), "\"seeds\": [4], \"evaluation\": {\"negatives\": 5000}");
        Result r = cli("run", p.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("ranking \\(seed 4\\): (\\d+) of (\\d+) test users have "
                + "fewer than the 5,000 negatives asked for \\(evaluation.negatives; as few as \\d+\\): the catalogue "
                + "holds no more").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertEquals(m.group(2), m.group(1), "every user is short of 5,000 in a catalogue of a few dozen items");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("results/results.json").toFile());
        assertTrue(json.get("notes").toString().contains("fewer than the 5,000 negatives"), json.get("notes").toString());

        Result enough = cli("run", TinyProjects.write(dir, TinyProjects.target(), "\"evaluation\": {\"negatives\": 3}")
                .toString(), "--quiet");
        assertFalse(enough.out().contains("negatives asked for"), enough.out());
    }

    @Test
    void badProjectNamesTheField(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("p.json");
        Files.writeString(project, "{\"sources\":[{\"interactions\":\"a.csv\"}],\"target\":{\"interactions\":\"b.csv\"},"
                + "\"protocol\":{\"train\":0.9}}");
        Result r = cli("run", project.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("p.json") && r.err().contains("train"), r.err());
    }

    @Test
    void usageErrorsExitWithTwoAndHelpExitsWithZero() {
        assertEquals(2, cli("run").code());
        assertEquals(2, cli("frobnicate").code());
        Result help = cli("run", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--out"));
        assertEquals(0, cli("generate", "--help").code());
        assertEquals(0, cli("inspect", "--help").code());
    }

    @Test
    void strategiesListsIdsWithDescriptions() {
        Result r = cli("strategies");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("target-only"));
        assertTrue(r.out().contains("pooled"));
        assertTrue(r.out().contains("targetEpochs: an integer 0 or more, default the learner's epochs. Most epochs"),
                r.out());
        assertTrue(r.out().contains("rounds: an integer from 1 to 100, default 5."), r.out());
        assertTrue(r.out().contains("members: a list of strategy ids, default target-only, pooled, source-only."), r.out());
    }
}
