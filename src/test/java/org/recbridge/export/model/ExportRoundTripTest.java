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
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;

class ExportRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyExportableStrategyAndLearnerPredictsTheSameAfterReloading() throws Exception {
        ExportFixtures f = ExportFixtures.run(TaskSettings.defaults(), ExportFixtures.EXPORTABLE);
        assertEquals(ExportFixtures.EXPORTABLE.length * 2, f.outcomes().size(), "every strategy x learner ran");
        List<Row> test = f.testRows(1);
        for (Outcome o : f.outcomes()) {
            String run = o.info().strategy() + " with " + o.info().learner();
            Path exported = ModelExporter.export(o, f.context(), dir);
            ExportedModel reloaded = ExportedModel.load(exported);
            assertArrayEquals(o.trained().predictor().predict(test), reloaded.predict(test), run);
            for (ModelManifest.ModelFile file : reloaded.manifest().models()) {
                assertNotNull(file.onnx(), run + ": Tribuo writes ONNX for linear and FM models");
                assertTrue(Files.size(exported.resolve(file.onnx())) > 0, run);
            }
            for (String name : List.of("model-card.md", "provenance.json", "target-items.txt", "items.json", "users.json")) {
                assertTrue(Files.isRegularFile(exported.resolve(name)), run + ": " + name);
            }
            assertEquals(f.data().target().interactions().items().size(), reloaded.targetItems().size());
        }
    }

    @Test
    void tradaboostKeepsItsVotingRoundsAndTheirWeights() throws Exception {
        ExportFixtures f = ExportFixtures.run(TaskSettings.defaults(), "tradaboost");
        Outcome o = f.outcomes().get(0);
        ExportedModel reloaded = ExportedModel.load(ModelExporter.export(o, f.context(), dir));
        assertEquals(o.trained().models().size(), reloaded.manifest().models().size());
        assertTrue(reloaded.manifest().models().size() > 1, "the later half of 5 rounds votes");
    }

    @Test
    void ratingModelsRoundTripToo() throws Exception {
        ExportFixtures f = ExportFixtures.run(new TaskSettings(TaskKind.REGRESSION, 4, 4), "target-only", "joint");
        List<Row> test = f.testRows(1);
        for (Outcome o : f.outcomes()) {
            ExportedModel reloaded = ExportedModel.load(ModelExporter.export(o, f.context(), dir));
            assertEquals(TaskKind.REGRESSION, reloaded.manifest().task());
            assertArrayEquals(o.trained().predictor().predict(test), reloaded.predict(test), o.info().strategy());
        }
    }

    @Test
    void strategiesWithTransferredFeatureBuildersAreRefusedByName() {
        ExportFixtures f = ExportFixtures.run(TaskSettings.defaults(), "feature-transfer", "ensemble");
        for (Outcome o : f.outcomes()) {
            String why = ModelExporter.unsupported(o);
            assertNotNull(why, o.info().strategy());
            assertTrue(why.contains("the " + o.info().strategy() + " strategy cannot be exported"), why);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ModelExporter.export(o, f.context(), dir));
            assertEquals(why, e.getMessage());
        }
        assertNull(ModelExporter.unsupported(ExportFixtures.run(TaskSettings.defaults(), "pooled").outcomes().get(0)));
    }

    @Test
    void exportingAgainReplacesTheEarlierExport() throws Exception {
        ExportFixtures f = ExportFixtures.run(TaskSettings.defaults(), "target-only");
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
