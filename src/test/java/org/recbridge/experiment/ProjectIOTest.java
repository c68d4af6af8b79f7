package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.learn.LearnerKind;
import org.recbridge.task.Protocol;
import org.recbridge.task.TaskKind;
import org.recbridge.transfer.TransferStrategy;

class ProjectIOTest {
    @TempDir
    Path dir;

    private String error(String json) throws Exception {
        Path p = dir.resolve("project.json");
        Files.writeString(p, json);
        return assertThrows(ProjectException.class, () -> ProjectIO.read(p)).getMessage();
    }

    private static final String DOMAINS = "\"sources\":[{\"interactions\":\"s.csv\"}],\"target\":{\"interactions\":\"t.csv\"}";

    @Test
    void aProjectSavedWithAByteOrderMarkReadsLikeOneWithout() throws Exception {
        Path p = dir.resolve("bom.json");
        Files.writeString(p, "\uFEFF{" + DOMAINS + ",\"seeds\":[7]}");
        assertEquals(List.of(7L), ProjectIO.read(p).seeds());
    }

    @Test
    void readsAFullProjectWithPathsRelativeToTheFile() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Path p = dir.resolve("sub/p.json");
        Files.writeString(p, """
                {"formatVersion":1,"name":"n",
                 "sources":[{"name":"movies","interactions":"data/s.csv","users":"data/su.csv",
                             "roles":{"score":"rating","genre":"tokens"},"duplicates":"average","skipBadRows":true}],
                 "target":{"interactions":"../t.csv"},
                 "task":{"type":"regression","likeThreshold":3.5},
                 "protocol":{"type":"warm","train":0.7,"validation":0.15,"test":0.15,"targetBudget":0.5},
                 "learners":[{"type":"fm","factors":4,"epochs":7},{"type":"logistic"}],
                 "strategies":["pooled"],"seeds":[4,5],"evaluation":{"k":5,"negatives":49}}
                """);
        Project project = ProjectIO.read(p);
        assertEquals(dir.resolve("sub/data/s.csv").toAbsolutePath().normalize(), project.sources().get(0).interactions());
        assertEquals(dir.resolve("t.csv").toAbsolutePath().normalize(), project.target().interactions());
        assertNull(project.target().users());
        assertEquals(ColumnRole.TOKENS, project.sources().get(0).options().roles().get("genre"));
        assertEquals(DuplicatePolicy.AVERAGE, project.sources().get(0).options().duplicates());
        assertTrue(project.sources().get(0).options().skipBadRows());
        assertEquals(TaskKind.REGRESSION, project.task().kind());
        assertEquals(Protocol.WARM, project.protocol().protocol());
        assertEquals(0.5, project.protocol().budget());
        assertEquals(LearnerKind.FM, project.learners().get(0).kind());
        assertEquals(4, project.learners().get(0).factors());
        assertEquals(7, project.learners().get(0).epochs());
        assertEquals(LearnerKind.LINEAR, project.learners().get(1).kind());
        assertEquals("pooled", project.strategies().get(0).id());
        assertEquals(List.of(5), project.evaluation().ks());
    }

    @Test
    void writtenProjectReadsBackTheSame() throws Exception {
        ProjectFile f = new ProjectFile();
        f.name = "round trip";
        ProjectFile.DomainSpec s = new ProjectFile.DomainSpec();
        s.interactions = "s.csv";
        f.sources = java.util.List.of(s);
        f.target = new ProjectFile.DomainSpec();
        f.target.interactions = "t.csv";
        Path p = dir.resolve("rt.json");
        ProjectIO.write(f, p);
        Project project = ProjectIO.read(p);
        assertEquals("round trip", project.name());
        assertEquals(3, project.seeds().size());
        assertEquals(Protocol.COLD_START, project.protocol().protocol());
    }

    @Test
    void errorsNameTheFileAndField() throws Exception {
        assertEquals("project.json, field protocol.train + validation + test must add up to 1, got 1.1",
                error("{" + DOMAINS + ",\"protocol\":{\"train\":0.9}}"));
        String unknown = error("{" + DOMAINS + ",\"learners\":[{\"type\":\"fm\",\"epoch\":3}]}");
        assertTrue(unknown.startsWith("project.json line 1: unknown field \"epoch\" in learners"), unknown);
        assertTrue(unknown.contains("epochs"), unknown);
        String badNumber = error("{" + DOMAINS + ",\"seeds\":[\"one\"]}");
        assertTrue(badNumber.contains("seeds") && badNumber.contains("one"), badNumber);
        assertEquals("project.json, field strategies[0].id: unknown strategy \"magic\"; known: target-only, source-only, pooled",
                error("{" + DOMAINS + ",\"strategies\":[\"magic\"]}").replaceAll("known: .*", "known: target-only, source-only, pooled"));
        assertTrue(error("{" + DOMAINS + ",\"learners\":[{\"type\":\"svm\"}]}").contains("learners[0].type"));
        assertTrue(error("{" + DOMAINS + ",\"learners\":[{\"type\":\"fm\",\"factors\":0}]}").contains("learners[0].factors"));
        assertTrue(error("{\"target\":{\"interactions\":\"t.csv\"}}").contains("sources"));
        assertTrue(error("{" + DOMAINS + ",\"formatVersion\":9}").contains("formatVersion 9"));
        assertTrue(error("{\"target\":{\"interactions\":\"t.csv\"},"
                + "\"sources\":[{\"interactions\":\"s.csv\",\"roles\":{\"x\":\"colour\"}}]}")
                .contains("sources[0].roles.x"));
        assertTrue(error("{ not json").startsWith("project.json line 1: not valid JSON"));
        // a key given twice, where Jackson alone keeps the second, and a second object after the first
        assertEquals("project.json line 1: field \"sources\" is given twice; keep one",
                error("{" + DOMAINS + ",\"sources\":[]}"));
        assertEquals("project.json line 1: text after the end of the JSON value; a file holds one JSON object",
                error("{" + DOMAINS + "} {}"));
    }

    @Test
    void theMinimumEffectIsTheProjectsOrTheMetricsDefault() throws Exception {
        Path p = dir.resolve("project.json");
        Files.writeString(p, "{" + DOMAINS + ",\"evaluation\":{\"minimumEffect\":0.02}}");
        assertEquals(0.02, ProjectIO.read(p).evaluation().minimumEffect("AUC"));
        Files.writeString(p, "{" + DOMAINS + "}");
        assertEquals(0.005, ProjectIO.read(p).evaluation().minimumEffect("AUC"));
        assertEquals(0.01, ProjectIO.read(p).evaluation().minimumEffect("RMSE"));
        assertEquals("project.json, field evaluation.minimumEffect must be a number 0 or more, got -0.1",
                error("{" + DOMAINS + ",\"evaluation\":{\"minimumEffect\":-0.1}}"));
    }

    @Test
    void evaluationTakesOneKOrSeveralAndANamedRankingProtocol() throws Exception {
        Path p = dir.resolve("project.json");
        Files.writeString(p, "{" + DOMAINS + ",\"evaluation\":{\"k\":[1,5,10,20],\"ranking\":\"full\"}}");
        Project project = ProjectIO.read(p);
        assertEquals(List.of(1, 5, 10, 20), project.evaluation().ks());
        assertEquals(org.recbridge.eval.RankingProtocol.FULL, project.evaluation().ranking());
        Path again = dir.resolve("again.json");
        ProjectIO.write(ProjectIO.parse(p), again);
        assertTrue(Files.readString(again).replaceAll("\\s", "").contains("\"k\":[1,5,10,20]"));
        Files.writeString(p, "{" + DOMAINS + ",\"evaluation\":{\"k\":5}}");
        assertEquals(org.recbridge.eval.RankingProtocol.SAMPLED_PER_USER, ProjectIO.read(p).evaluation().ranking());
        ProjectIO.write(ProjectIO.parse(p), again);
        assertTrue(Files.readString(again).replaceAll("\\s", "").contains("\"k\":5,"), "one K stays a number");
        assertEquals("project.json, field evaluation.k: list each K once, smallest first, got [10, 5]",
                error("{" + DOMAINS + ",\"evaluation\":{\"k\":[10,5]}}"));
        assertEquals("project.json, field evaluation.k must be at least 1, got 0",
                error("{" + DOMAINS + ",\"evaluation\":{\"k\":[0]}}"));
        assertEquals("project.json, field evaluation.ranking: unknown ranking protocol \"all\"; expected "
                + "sampled-per-user, sampled-per-pair or full", error("{" + DOMAINS + ",\"evaluation\":{\"ranking\":\"all\"}}"));
        assertTrue(error("{" + DOMAINS + ",\"evaluation\":{\"k\":[]}}").contains("evaluation.k"));
        assertTrue(error("{" + DOMAINS + ",\"evaluation\":{\"k\":\"ten\"}}").contains("evaluation.k"));
    }

    private static final String FINE_TUNE_5 = "{\"id\":\"fine-tune\",\"targetEpochs\":5,\"targetLearningRate\":0.02}";

    @Test
    void strategiesArePlainIdsOrObjectsWithSettings() throws Exception {
        Path p = dir.resolve("project.json");
        Files.writeString(p, "{" + DOMAINS + ",\"strategies\":[\"fine-tune\"," + FINE_TUNE_5 + "],"
                + "\"evaluation\":{\"baseline\":\"fine-tune(targetEpochs=5, targetLearningRate=0.02)\"}}");
        Project project = ProjectIO.read(p);
        assertEquals(List.of("fine-tune", "fine-tune(targetEpochs=5, targetLearningRate=0.02)"),
                project.strategies().stream().map(TransferStrategy::label).toList());
        assertEquals("fine-tune(targetEpochs=5, targetLearningRate=0.02)", project.evaluation().baseline());
    }

    @Test
    void theWriterKeepsPlainIdsAndWritesSettingsAsObjects() throws Exception {
        Path p = dir.resolve("project.json");
        Files.writeString(p, "{" + DOMAINS + ",\"strategies\":[\"pooled\"," + FINE_TUNE_5 + "]}");
        Path again = dir.resolve("again.json");
        ProjectIO.write(ProjectIO.parse(p), again);
        String written = Files.readString(again).replaceAll("\\s", "");
        assertTrue(written.contains("\"strategies\":[\"pooled\"," + FINE_TUNE_5 + "]"), written);
        assertEquals(2, ProjectIO.read(again).strategies().size());
    }

    @Test
    void strategySettingErrorsNameTheFieldPathAndTheKnownSettings() throws Exception {
        String unknown = error("{" + DOMAINS + ",\"strategies\":[\"pooled\",\"joint\",{\"id\":\"fine-tune\",\"epochs\":5}]}");
        assertTrue(unknown.startsWith("project.json, field strategies[2].epochs: unknown setting; fine-tune settings: "
                + "targetEpochs (an integer 0 or more, default the learner's epochs), targetLearningRate"), unknown);
        assertEquals("project.json, field strategies[0].targetEpochs: expected an integer 0 or more, got \"5\"",
                cut(error("{" + DOMAINS + ",\"strategies\":[{\"id\":\"fine-tune\",\"targetEpochs\":\"5\"}]}")));
        assertEquals("project.json, field strategies[0].rounds: expected an integer from 1 to 100, got 500",
                cut(error("{" + DOMAINS + ",\"strategies\":[{\"id\":\"tradaboost\",\"rounds\":500}]}")));
        assertEquals("project.json, field strategies[0].members: unknown strategy \"magic\"",
                cut(error("{" + DOMAINS + ",\"strategies\":[{\"id\":\"ensemble\",\"members\":[\"pooled\",\"magic\"]}]}")));
        String noId = error("{" + DOMAINS + ",\"strategies\":[{\"targetEpochs\":5}]}");
        assertTrue(noId.startsWith("project.json line 1, field strategies[0]: expected a strategy id or an object"), noId);
        String twice = error("{" + DOMAINS + ",\"strategies\":[\"joint\",{\"id\":\"joint\",\"sourceWeight\":1.0}]}");
        assertTrue(twice.contains("strategies[1]: joint is already strategies[0]"), twice);
    }

    /** The part before the list of what the strategy accepts. */
    private static String cut(String message) {
        return message.split(";")[0];
    }
}
