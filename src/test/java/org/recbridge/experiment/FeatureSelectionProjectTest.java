package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.synth.SyntheticGenerator;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.Protocol;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.TransferProblem;

class FeatureSelectionProjectTest {
    @TempDir
    Path dir;

    private static final String DOMAINS = "\"sources\":[{\"interactions\":\"s.csv\"}],\"target\":{\"interactions\":\"t.csv\"}";

    private Path write(String json) throws Exception {
        Path p = dir.resolve("p.json");
        Files.writeString(p, json);
        return p;
    }

    @Test
    void topKIsReadAndOptional() throws Exception {
        assertEquals(3, ProjectIO.read(write("{" + DOMAINS + ",\"features\":{\"topK\":3}}")).features().topK());
        assertEquals(Project.FeatureSettings.DEFAULT, ProjectIO.read(write("{" + DOMAINS + "}")).features());
        assertNull(ProjectIO.read(write("{" + DOMAINS + ",\"features\":{}}")).features().topK());
    }

    @Test
    void baselineFeaturesAreOnForRatingsByDefaultAndCanBeSet() throws Exception {
        Project.FeatureSettings defaults = ProjectIO.read(write("{" + DOMAINS + "}")).features();
        assertTrue(defaults.baselineOn(org.recbridge.task.TaskKind.CLASSIFICATION));
        assertFalse(defaults.baselineOn(org.recbridge.task.TaskKind.IMPLICIT));
        Project.FeatureSettings set = ProjectIO.read(write("{" + DOMAINS
                + ",\"features\":{\"baseline\":false,\"itemShrinkage\":5,\"userShrinkage\":20}}")).features();
        assertEquals(new Project.FeatureSettings(null, false, 5.0, 20.0), set);
        assertFalse(set.baselineOn(org.recbridge.task.TaskKind.CLASSIFICATION));
        Path negative = write("{" + DOMAINS + ",\"features\":{\"userShrinkage\":-1}}");
        String message = assertThrows(ProjectException.class, () -> ProjectIO.read(negative)).getMessage();
        assertTrue(message.contains("p.json") && message.contains("features.userShrinkage"), message);
    }

    @Test
    void aBadTopKNamesTheField() throws Exception {
        Path zero = write("{" + DOMAINS + ",\"features\":{\"topK\":0}}");
        String message = assertThrows(ProjectException.class, () -> ProjectIO.read(zero)).getMessage();
        assertTrue(message.contains("p.json") && message.contains("features.topK"), message);
        Path unknown = write("{" + DOMAINS + ",\"features\":{\"top\":3}}");
        message = assertThrows(ProjectException.class, () -> ProjectIO.read(unknown)).getMessage();
        assertTrue(message.contains("\"top\"") && message.contains("topK"), message);
    }

    @Test
    void problemBuilderRestrictsTargetAndSourcesToTheSameKSideFeatures() {
        SyntheticPair pair = SyntheticGenerator.generate(SyntheticSettings.defaults().withUsers(300));
        LoadedData data = new LoadedData(List.of(pair.source()), pair.target(), List.of());
        ProtocolSettings protocol = new ProtocolSettings(Protocol.WARM, 0.8, 0.1, 0.1, 0.2, 1.0);
        TransferProblem problem = new ProblemBuilder(data, TaskSettings.defaults(), new Project.FeatureSettings(2))
                .build(protocol, 5);
        Set<String> kept = problem.targetFeaturizer().keptSideFeatures();
        assertEquals(2, kept.size(), kept.toString());
        assertEquals(kept, problem.source().featurizer().keptSideFeatures());
        assertNull(new ProblemBuilder(data, TaskSettings.defaults()).build(protocol, 5).targetFeaturizer()
                .keptSideFeatures());
    }

    @Test
    void aRunWithTopKSaysWhichSideFeaturesEachSeedKept() {
        SyntheticPair pair = SyntheticGenerator.generate(SyntheticSettings.defaults().withUsers(300));
        Project project = new Project(dir.resolve("p.json"), "top k", List.of(), null, null, TaskSettings.defaults(),
                ProtocolSettings.defaults(), List.of(org.recbridge.learn.LearnerSettings.defaults(
                        org.recbridge.learn.LearnerKind.LINEAR).withEpochs(2)),
                List.of(org.recbridge.transfer.Strategies.byId("target-only")), List.of(1L, 2L),
                org.recbridge.eval.EvaluationSettings.defaults(), new Project.FeatureSettings(2), null);
        ExperimentResults results = new ExperimentRunner(1).run(project,
                new LoadedData(List.of(pair.source()), pair.target(), List.of()),
                org.recbridge.util.ProgressListener.none(), org.recbridge.util.CancelToken.none());
        for (long seed : List.of(1L, 2L)) {
            assertTrue(results.notes().stream().anyMatch(n -> n.startsWith("seed " + seed
                    + ": side features kept (top 2 by mRMR on the training rows): ") && n.split(",").length == 2),
                    results.notes().toString());
        }
    }
}
