package org.recbridge.export.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.ExperimentRunner.Outcome;
import org.recbridge.experiment.RunInfo;
import org.recbridge.transfer.TrainedStrategy;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;

class ExportRoundTripTest {
    @TempDir
    Path dir;

    /** Every exportable strategy with both learners, trained once for the tests of this class. */
    private static ExportFixtures all;

    private static synchronized ExportFixtures all() {
        if (all == null) {
            all = ExportFixtures.run(TaskSettings.defaults(), ExportFixtures.EXPORTABLE);
        }
        return all;
    }

    @Test
    void everyExportableStrategyAndLearnerPredictsTheSameAfterReloading() throws Exception {
        ExportFixtures f = all();
        assertEquals(ExportFixtures.EXPORTABLE.length * 2 - 1, f.outcomes().size(), "every strategy x learner ran "
                + "(emcdr with fm only)");
        List<Row> test = f.testRows(1);
        for (Outcome o : f.outcomes()) {
            String run = o.info().strategy() + " with " + o.info().learner();
            Path exported = ModelExporter.export(o, f.context(), dir);
            ExportedModel reloaded = ExportedModel.load(exported);
            assertArrayEquals(o.trained().predictor().predict(test), reloaded.predict(test), run);
            if (o.info().strategy().equals("emcdr")) {
                assertTrue(o.trained().details().get("mappedUsers") > 0, "cold-start users are scored by mapped factors");
            }
            for (ModelManifest.ModelFile file : reloaded.manifest().models()) {
                assertNotNull(file.onnx(), run + ": Tribuo writes ONNX for linear and FM models");
                assertTrue(Files.size(exported.resolve(file.onnx())) > 0, run);
            }
            boolean blend = !reloaded.manifest().members().isEmpty();
            assertEquals(blend, o.info().strategy().equals("ensemble") || o.info().strategy().equals("multi-source"), run);
            boolean itemQuality = List.of("popularity", "bias-transfer").contains(o.info().strategy());
            for (String name : blend ? List.of("model-card.md", "provenance.json", "target-items.txt", "member-1/model.json")
                    : itemQuality ? List.of("model-card.md", "provenance.json", "target-items.txt", "baseline.json")
                    : List.of("model-card.md", "provenance.json", "target-items.txt", "items.json", "users.json",
                    "baseline.json")) {
                assertTrue(Files.isRegularFile(exported.resolve(name)), run + ": " + name);
            }
            assertEquals(f.data().target().interactions().items().size(), reloaded.targetItems().size());
        }
    }

    @Test
    void tradaboostKeepsItsVotingRoundsAndTheirWeights() throws Exception {
        ExportFixtures f = all();
        Outcome o = f.outcomes().stream().filter(x -> x.info().strategy().equals("tradaboost")).findFirst().orElseThrow();
        ExportedModel reloaded = ExportedModel.load(ModelExporter.export(o, f.context(), dir));
        assertEquals(o.trained().models().size(), reloaded.manifest().models().size());
        assertTrue(reloaded.manifest().models().size() > 1, "the later half of 5 rounds votes");
    }

    @Test
    void ratingModelsRoundTripToo() throws Exception {
        ExportFixtures f = ExportFixtures.run(new TaskSettings(TaskKind.REGRESSION, 4, 4), "target-only", "joint", "hybrid");
        List<Row> test = f.testRows(1);
        for (Outcome o : f.outcomes()) {
            ExportedModel reloaded = ExportedModel.load(ModelExporter.export(o, f.context(), dir));
            assertEquals(TaskKind.REGRESSION, reloaded.manifest().task());
            assertArrayEquals(o.trained().predictor().predict(test), reloaded.predict(test), o.info().strategy());
        }
    }

    @Test
    void aPredictorExportCannotRebuildIsRefusedByName() {
        Outcome any = all().outcomes().get(0);
        RunInfo i = any.info();
        RunInfo info = new RunInfo("home-made", i.learner(), i.seed(), i.settings(), i.curve(), i.seconds(), i.details(),
                i.provenance(), i.generalisationGap(), i.overfitting());
        Outcome custom = new Outcome(new TrainedStrategy(rows -> new double[rows.size()], any.trained().models(),
                java.util.Map.of()), any.records(), info);
        String why = ModelExporter.unsupported(custom);
        assertNotNull(why);
        assertTrue(why.startsWith("the home-made strategy cannot be exported"), why);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelExporter.export(custom, all().context(), dir));
        assertEquals(why, e.getMessage());
        all().outcomes().forEach(o -> assertNull(ModelExporter.unsupported(o), o.info().strategy()));
    }

    @Test
    void exportingAgainReplacesTheEarlierExport() throws Exception {
        ExportFixtures f = all();
        Outcome o = f.outcomes().get(0);
        Path first = ModelExporter.export(o, f.context(), dir);
        Files.writeString(first.resolve("stale.txt"), "from before");
        Path second = ModelExporter.export(o, f.context(), dir);
        assertEquals(first, second);
        assertTrue(Files.notExists(second.resolve("stale.txt")));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(second), left.toList(), "no temporary or old folders left");
        }
    }
}
