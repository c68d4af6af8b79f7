package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.analysis.diagnostics.Diagnostics;
import org.recbridge.analysis.diagnostics.DiagnosticsSettings;
import org.recbridge.analysis.diagnostics.DomainDiagnostics;
import org.recbridge.analysis.hints.Hint;
import org.recbridge.analysis.hints.HintInputs;
import org.recbridge.analysis.hints.Hints;
import org.recbridge.data.IdIndex;
import org.recbridge.data.Linking;
import org.recbridge.data.Overlap;
import org.recbridge.task.Row;
import org.recbridge.transfer.TransferProblem;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Two catalogues that both number their items from 1 (a book/music pair): item ids collide, so only the
 * project's linking says whether book 38 and album 38 are one item. Users are the same people by id.
 */
class LinkingTest {
    @TempDir
    Path dir;

    /** 30 users; books and albums both numbered 1 to 12, each user rating 6 of each, other numbers in each. */
    private Path project(String linking, int formatVersion) throws Exception {
        StringBuilder books = new StringBuilder("user,item,rating\n");
        StringBuilder albums = new StringBuilder("user,item,rating\n");
        for (int u = 1; u <= 30; u++) {
            for (int k = 0; k < 6; k++) {
                int item = (u + 2 * k) % 12 + 1;
                books.append(u).append(',').append(item).append(',').append((u + k) % 2 == 0 ? 5 : 2).append('\n');
                // the other half of the numbers: with items shared, no (user, item) pair is in both domains, which
                // would be the target's rows in the source (removed as a leak)
                albums.append(u).append(',').append(item % 12 + 1).append(',').append((u + k) % 3 == 0 ? 2 : 4)
                        .append('\n');
            }
        }
        Files.writeString(dir.resolve("albums.csv"), albums);
        Files.writeString(dir.resolve("books.csv"), books);
        Path p = dir.resolve("project.json");
        Files.writeString(p, "{\"formatVersion\":" + formatVersion + ","
                + "\"sources\":[{\"name\":\"music\",\"interactions\":\"albums.csv\"}],"
                + "\"target\":{\"name\":\"books\",\"interactions\":\"books.csv\"}"
                + (linking == null ? "" : ",\"linking\":" + linking) + "}");
        return p;
    }

    private LoadedData load(String linking) throws Exception {
        Project p = ProjectIO.read(project(linking, 2));
        return DataLoader.load(p, ProgressListener.none(), CancelToken.none());
    }

    private static List<String> names(org.recbridge.features.Featurizer f, Row row) {
        return Arrays.asList(f.encode(row).names());
    }

    @Test
    void byDefaultCollidingItemIdsAreDifferentItemsAndUsersAreLinked() throws Exception {
        LoadedData data = load(null);
        Overlap o = Overlap.of(data.sources().get(0), data.target());
        assertEquals(0, o.sharedItems());
        assertEquals(12, o.targetItems());
        assertEquals(30, o.sharedUsers());
        assertTrue(data.summaries().contains("linking: users by-id, items per-domain"), data.summaries().toString());

        TransferProblem problem = new ProblemBuilder(data, org.recbridge.task.TaskSettings.defaults())
                .build(org.recbridge.task.ProtocolSettings.defaults(), 1);
        Row album = problem.source().rows().stream().filter(r -> r.user().equals("1")).findFirst().orElseThrow();
        assertEquals(List.of("user=1", "item=music:" + album.item().substring("music:".length())),
                names(problem.source().featurizer(), album));
        Row book = new Row("1", album.item().substring("music:".length()), 1, 5, 1);
        assertEquals(List.of("user=1", "item=" + book.item()), names(problem.targetFeaturizer(), book));
        // book 38 and album 38 no longer share a weight; user 1 still does
        assertFalse(names(problem.targetFeaturizer(), book).contains(names(problem.source().featurizer(), album).get(1)));
        assertFalse(problem.split().coldUsers().isEmpty(), "cold-start users are the users both domains share");
    }

    @Test
    void sharedItemsMatchByIdAsBefore() throws Exception {
        LoadedData data = load("{\"items\":\"shared\"}");
        Overlap o = Overlap.of(data.sources().get(0), data.target());
        assertEquals(12, o.sharedItems());
        assertEquals(30, o.sharedUsers());
        assertTrue(data.sources().get(0).interactions().items().contains("7"));
    }

    @Test
    void unlinkedUsersShareNothingAndLeaveNoColdStartUsers() throws Exception {
        LoadedData data = load("{\"users\":\"none\"}");
        Overlap o = Overlap.of(data.sources().get(0), data.target());
        assertEquals(0, o.sharedUsers());
        assertEquals(0, o.sharedItems());
        assertTrue(data.sources().get(0).interactions().users().contains("music:1"));
        TransferProblem problem = new ProblemBuilder(data, org.recbridge.task.TaskSettings.defaults())
                .build(org.recbridge.task.ProtocolSettings.defaults(), 1);
        assertTrue(problem.split().coldUsers().isEmpty());
    }

    @Test
    void diagnosticsAndHintsFollowTheLinking() throws Exception {
        LoadedData unlinked = load("{\"users\":\"none\"}");
        DomainDiagnostics d = Diagnostics.compute(unlinked, org.recbridge.task.TaskSettings.defaults(),
                DiagnosticsSettings.defaults(), CancelToken.none());
        assertEquals(0, d.overlaps().get(0).sharedItems());
        List<Hint> hints = Hints.advise(new HintInputs(null, d));
        assertTrue(hints.stream().anyMatch(h -> h.rule().equals("nothing-shared")), hints.toString());

        LoadedData shared = load("{\"items\":\"shared\"}");
        DomainDiagnostics s = Diagnostics.compute(shared, org.recbridge.task.TaskSettings.defaults(),
                DiagnosticsSettings.defaults(), CancelToken.none());
        assertEquals(12, s.overlaps().get(0).sharedItems());
        assertTrue(Hints.advise(new HintInputs(null, s)).stream().noneMatch(h -> h.rule().equals("nothing-shared")));
    }

    @Test
    void aVersionOneProjectUpgradesWithTheNewDefaultsAndSaysSo() throws Exception {
        Project p = ProjectIO.read(project(null, 1));
        assertEquals(Linking.DEFAULT, p.linking());
        assertEquals(1, p.notes().size());
        assertTrue(p.notes().get(0).startsWith("project.json is project format version 1, read as version 2 with "
                + "linking users by-id, items per-domain"), p.notes().get(0));
        LoadedData data = DataLoader.load(p, ProgressListener.none(), CancelToken.none());
        assertEquals(p.notes().get(0), data.summaries().get(0));
        assertEquals(0, Overlap.of(data.sources().get(0), data.target()).sharedItems());
        assertTrue(ProjectIO.read(project(null, 2)).notes().isEmpty());
    }

    @Test
    void aBadLinkingNamesTheField() throws Exception {
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectIO.read(project("{\"items\":\"both\"}", 2)));
        assertEquals("project.json, field linking.items: \"both\" is not one of per-domain, shared", e.getMessage());
        e = assertThrows(ProjectException.class, () -> ProjectIO.read(project("{\"users\":\"email\"}", 2)));
        assertEquals("project.json, field linking.users: \"email\" is not one of by-id, none, first-n", e.getMessage());
    }

    @Test
    void resultsSayWhichLinkingWasUsed() throws Exception {
        Project p = ProjectIO.read(project("{\"items\":\"shared\"}", 2)).withSeeds(List.of(1L))
                .withLearners(List.of(org.recbridge.learn.LearnerSettings.defaults(
                        org.recbridge.learn.LearnerKind.LINEAR).withEpochs(2)));
        ExperimentResults results = new ExperimentRunner(1).run(p, DataLoader.load(p, ProgressListener.none(),
                CancelToken.none()), ProgressListener.none(), CancelToken.none());
        Path json = dir.resolve("results.json");
        org.recbridge.report.ResultsFiles.writeJson(results, json);
        assertTrue(Files.readString(json).replaceAll("\\s", "").contains("\"linking\":{\"users\":\"by-id\",\"items\":\"shared\"}"));
        assertEquals(new Linking(Linking.Users.BY_ID, Linking.Items.SHARED),
                org.recbridge.report.ResultsFiles.readJson(json).linking());
    }

    @Test
    void renamingKeepsIdNumbersAndRefusesToMergeIds() {
        IdIndex ids = new IdIndex();
        ids.idOf("a");
        ids.idOf("b");
        IdIndex renamed = ids.renamed(s -> "x:" + s);
        assertEquals(List.of("x:a", "x:b"), renamed.names());
        assertThrows(IllegalArgumentException.class, () -> ids.renamed(s -> "same"));
    }
}
