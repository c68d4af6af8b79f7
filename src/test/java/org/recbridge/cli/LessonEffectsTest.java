package org.recbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.ProjectFields;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.StrategySpec;
import org.recbridge.lesson.ActionType;
import org.recbridge.lesson.Lesson;
import org.recbridge.lesson.LessonAction;
import org.recbridge.lesson.LessonCatalogue;
import org.recbridge.lesson.LessonReader;
import org.recbridge.lesson.LessonStep;
import org.recbridge.synth.SyntheticRecipe;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TransferStrategy;

/**
 * Each synthetic lesson, run from the command line on its own data and settings, shows the effect its README
 * claims. A lesson's tour changes settings with its {@code set} steps: where a claim is about such a change (the
 * overfitting fix, feature selection), the test applies the tour's own steps. To keep the suite short a test runs
 * only the strategies its claim is about; data, learners, seeds and every other setting are the lesson's.
 */
class LessonEffectsTest {
    private static final Path SAMPLES = Path.of("sample-projects");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void thereAreAtLeastEightLessonsCoveringEveryStrategyEachWithAReadme() throws Exception {
        LessonCatalogue catalogue = LessonCatalogue.of(SAMPLES);
        assertEquals(List.of(), catalogue.problems());
        assertTrue(catalogue.lessons().size() >= 8, catalogue.lessons().toString());
        Set<String> used = new TreeSet<>();
        for (Lesson l : catalogue.lessons()) {
            assertTrue(Files.isRegularFile(l.folder().resolve("README.md")), l.id() + " has no README.md");
            ProjectIO.read(l.project()).strategies().forEach(s -> used.add(s.id()));
        }
        Set<String> all = new TreeSet<>(Strategies.all().stream().map(TransferStrategy::id).toList());
        all.removeAll(used);
        assertEquals(Set.of(), all, "strategies in no lesson");
        Lesson real = catalogue.lessons().stream().filter(l -> l.dataset() != null).findFirst().orElseThrow();
        assertEquals("ml-100k", real.dataset());
        assertTrue(Files.readString(real.folder().resolve("README.md")).contains("downloaded"),
                "the real-data lesson says it downloads on first use");
    }

    @Test
    void threeStagesFineTuningBeatsTheTargetAloneForColdUsers() throws Exception {
        JsonNode r = run(copy("fine-tuning"), "target-only,fine-tune");
        JsonNode c = comparison(r, "fine-tune", "cold");
        assertEquals("BETTER", c.get("verdict").asText(), c.toString());
        assertTrue(c.get("meanDifference").asDouble() > 0.05, c.toString());
    }

    @Test
    void coldStartUsersGainFromEmcdr() throws Exception {
        JsonNode r = run(copy("cold-start-mapping"), "target-only,emcdr");
        JsonNode c = comparison(r, "emcdr", "cold");
        assertEquals(3, c.get("wins").asInt(), "better on every seed: " + c);
        assertTrue(c.get("meanDifference").asDouble() > 0.02, c.toString());
    }

    @Test
    void overfittingIsFlaggedWithATinyTargetAndGoneAfterTheToursFix() throws Exception {
        Path project = copy("overfitting");
        JsonNode before = run(project, "target-only");
        assertTrue(overfitSeeds(before, "target-only") >= 2, "overfitting flagged in most seeds: " + before.get("hints"));
        assertTrue(hasHint(before, "overfitting-epochs"), before.get("hints").toString());
        List<LessonAction> fix = sets(LessonReader.read(project.getParent()));
        assertFalse(fix.isEmpty(), "the tour sets the fix");
        apply(project, fix);
        JsonNode after = run(project, "target-only");
        assertEquals(0, overfitSeeds(after, "target-only"), after.get("runs").toString());
        assertFalse(hasHint(after, "overfitting-epochs"), after.get("hints").toString());
    }

    @Test
    void negativeTransferIsFlaggedAtRhoZeroAndNotAtRhoPointNineAndTradaboostLosesLess() throws Exception {
        Path project = copy("negative-transfer");
        JsonNode unrelated = run(project, "target-only,pooled,instance-weighting,tradaboost");
        JsonNode pooled = comparison(unrelated, "pooled", "warm");
        assertTrue(pooled.get("negativeTransfer").asBoolean(), pooled.toString());
        assertTrue(hasHint(unrelated, "negative-transfer"), unrelated.get("hints").toString());
        JsonNode boosted = comparison(unrelated, "tradaboost", "warm");
        assertTrue(boosted.get("meanDifference").asDouble() > pooled.get("meanDifference").asDouble() + 0.01,
                "tradaboost loses less than pooled: " + boosted + " " + pooled);
        // the rows look alike (A-distance near 0), so weighing them by their looks changes little
        JsonNode weighted = comparison(unrelated, "instance-weighting", "warm");
        assertTrue(Math.abs(weighted.get("meanDifference").asDouble() - pooled.get("meanDifference").asDouble())
                < 0.01, "instance-weighting loses about as much as pooled: " + weighted + " " + pooled);
        assertTrue(hintText(unrelated, "domain-distance").contains("instance weighting judges rows by how they look"),
                unrelated.get("hints").toString());

        // the same lesson with related domains: regenerate its data at rho 0.9
        Lesson lesson = LessonReader.read(project.getParent());
        SyntheticRecipe related = new SyntheticRecipe(lesson.generate().settings().withRho(0.9),
                lesson.generate().userColumns(), lesson.generate().extraSources());
        related.write(lesson.dataFolder());
        JsonNode close = run(project, "target-only,pooled");
        for (String group : List.of("all", "warm", "cold")) {
            JsonNode c = comparison(close, "pooled", group);
            assertFalse(c.get("negativeTransfer").asBoolean(), c.toString());
        }
        assertFalse(hasHint(close, "negative-transfer"), close.get("hints").toString());
    }

    @Test
    void featureSelectionKeepsAucWithinOneHundredthWithFewerFeatures() throws Exception {
        Path project = copy("feature-redundancy");
        JsonNode all = run(project, "pooled");
        List<LessonAction> select = sets(LessonReader.read(project.getParent()));
        apply(project, select);
        int k = ProjectIO.read(project).features().topK();
        assertTrue(k < 16, "fewer than the 16 side features: " + k);
        JsonNode fewer = run(project, "pooled");
        double a = auc(all, "pooled", "all");
        double b = auc(fewer, "pooled", "all");
        assertTrue(Math.abs(a - b) <= 0.01, "AUC with every feature " + a + ", with the top " + k + " " + b);
    }

    @Test
    void transfersGainFallsAsTheTargetBudgetGrows() throws Exception {
        JsonNode r = run(copy("target-budget"), "target-only,pooled");
        List<Double> gain = new ArrayList<>();
        JsonNode pooled = curve(r, "pooled", "all");
        JsonNode alone = curve(r, "target-only", "all");
        for (int i = 0; i < pooled.size(); i++) {
            gain.add(pooled.get(i).get("mean").asDouble() - alone.get(i).get("mean").asDouble());
        }
        assertTrue(gain.size() >= 4, gain.toString());
        assertTrue(gain.get(0) > 0.03, "transfer pays at the smallest budget: " + gain);
        assertTrue(gain.get(0) > gain.get(gain.size() - 1) + 0.02, "and pays less with all the target: " + gain);
    }

    @Test
    void severalSourcesTheRelatedOneIsTrustedMore() throws Exception {
        JsonNode r = run(copy("multi-source"), "target-only,multi-source,joint");
        double movies = 0;
        double music = 0;
        for (JsonNode run : r.get("runs")) {
            if (run.get("strategy").asText().equals("multi-source")) {
                movies += run.get("details").get("movies").asDouble();
                music += run.get("details").get("music").asDouble();
            }
        }
        assertTrue(movies > music, "weights learnt: movies " + movies + ", music " + music);
        JsonNode joint = comparison(r, "joint", "cold");
        assertFalse(joint.get("negativeTransfer").asBoolean(), joint.toString());
    }

    @Test
    void featureAndModelTransferHelpColdUsers() throws Exception {
        JsonNode r = run(copy("feature-vs-model-transfer"), "target-only,feature-transfer,hybrid");
        for (String s : List.of("feature-transfer", "hybrid")) {
            JsonNode c = comparison(r, s, "cold");
            assertEquals("BETTER", c.get("verdict").asText(), c.toString());
        }
    }

    /** A copy of the lesson's files in the test's folder; returns its project file. */
    private Path copy(String id) throws IOException {
        Path from = SAMPLES.resolve(id);
        Path to = dir.resolve(id);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(p -> !p.toString().contains("results")).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to.resolve("project.json");
    }

    private JsonNode run(Path project, String strategies) throws IOException {
        Path out = Files.createTempDirectory(dir, "results");
        CliTest.Result r = CliTest.cli("run", project.toString(), "--out", out.toString(), "--strategies", strategies,
                "-q");
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(out.resolve("results.json").toFile());
    }

    private static List<LessonAction> sets(Lesson lesson) {
        return lesson.steps().stream().map(LessonStep::action)
                .filter(a -> a != null && a.type() == ActionType.SET).toList();
    }

    private static void apply(Path project, List<LessonAction> sets) throws Exception {
        ProjectFile p = ProjectIO.parse(project);
        for (LessonAction a : sets) {
            p = ProjectFields.set(p, a.field(), a.value());
        }
        ProjectIO.replace(p, project);
    }

    private static JsonNode comparison(JsonNode results, String strategy, String group) {
        for (JsonNode c : results.get("comparisons")) {
            if (c.get("strategy").asText().equals(strategy) && c.get("group").asText().equals(group)) {
                return c;
            }
        }
        throw new AssertionError("no comparison of " + strategy + " for " + group + ": " + results.get("comparisons"));
    }

    private static double auc(JsonNode results, String strategy, String group) {
        for (JsonNode s : results.get("summary")) {
            if (s.get("strategy").asText().equals(strategy) && s.get("group").asText().equals(group)
                    && s.get("metric").asText().equals("AUC")) {
                return s.get("mean").asDouble();
            }
        }
        throw new AssertionError("no AUC of " + strategy + " for " + group);
    }

    private static JsonNode curve(JsonNode results, String strategy, String group) {
        for (JsonNode c : results.get("learningCurves")) {
            if (c.get("strategy").asText().equals(strategy) && c.get("group").asText().equals(group)
                    && c.get("metric").asText().equals("AUC")) {
                return c.get("points");
            }
        }
        throw new AssertionError("no learning curve of " + strategy + ": " + results.get("learningCurves"));
    }

    private static int overfitSeeds(JsonNode results, String strategy) {
        int n = 0;
        for (JsonNode run : results.get("runs")) {
            if (run.get("strategy").asText().equals(strategy) && run.hasNonNull("overfitting")) {
                n++;
            }
        }
        return n;
    }

    private static String hintText(JsonNode results, String rule) {
        StringBuilder text = new StringBuilder();
        for (JsonNode h : results.get("hints")) {
            if (h.get("rule").asText().equals(rule)) {
                text.append(h.get("message").asText()).append('\n');
            }
        }
        return text.toString();
    }

    private static boolean hasHint(JsonNode results, String rule) {
        for (JsonNode h : results.get("hints")) {
            if (h.get("rule").asText().equals(rule)) {
                return true;
            }
        }
        return false;
    }
}
