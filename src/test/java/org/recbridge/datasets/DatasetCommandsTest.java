package org.recbridge.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.cli.RecBridgeCommand;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** The datasets command, and projects that name a data set's file instead of a path. */
class DatasetCommandsTest {
    @TempDir
    Path dir;

    @AfterEach
    void forgetSettings() {
        System.clearProperty(DatasetStore.DIR_PROPERTY);
        System.clearProperty(DatasetStore.CATALOGUE_PROPERTY);
    }

    @Test
    void listsTheBuiltInDataSets() {
        Result r = cli("datasets", "--cache", dir.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.lines().anyMatch(l -> l.matches("ml-100k +4\\.9 MB +no +MovieLens 100K: .*")), r.out);
        assertTrue(r.out.contains("https://files.grouplens.org/datasets/movielens/ml-1m.zip"), r.out);
        assertTrue(r.out.contains("cache: " + dir.toAbsolutePath()), r.out);
    }

    @Test
    void getDownloadsWithProgressAndSaysWhere() throws Exception {
        byte[] zip = FixtureServer.fixtureZip();
        try (FixtureServer server = new FixtureServer().serve("/fixture.zip", zip)) {
            Path catalogue = catalogue(server.dataset("fixture", "/fixture.zip", zip));
            Result r = cli("datasets", "get", "fixture", "--cache", dir.toString(), "--catalogue", catalogue.toString());
            assertEquals(0, r.code, r.err);
            assertTrue(r.err.contains("[100%] fixture: checked and unpacked"), r.err);
            assertTrue(r.out.startsWith("fixture: " + dir.resolve("fixture").toAbsolutePath()), r.out);
            assertTrue(r.out.contains("\"dataset:fixture/u.data\""), r.out);
            Result again = cli("datasets", "get", "fixture", "--cache", dir.toString(), "--catalogue",
                    catalogue.toString());
            assertTrue(again.out.startsWith("fixture was already in the cache"), again.out);
            assertEquals(1, server.requests.get());
        }
    }

    @Test
    void badInputGivesOneLineAndTheRightExitCode() throws Exception {
        Result unknown = cli("datasets", "get", "ml-5k", "--cache", dir.toString());
        assertEquals(1, unknown.code);
        assertEquals("error: unknown data set \"ml-5k\"; known: ml-100k, ml-1m, cdrib-game-video, cdrib-sport-cloth", unknown.err.strip());
        byte[] zip = FixtureServer.fixtureZip();
        try (FixtureServer server = new FixtureServer().serve("/fixture.zip", "damaged".getBytes())) {
            Result wrong = cli("datasets", "get", "fixture", "--cache", dir.toString(), "--catalogue",
                    catalogue(server.dataset("fixture", "/fixture.zip", zip)).toString());
            assertEquals(1, wrong.code);
            assertTrue(wrong.err.lines().filter(l -> l.startsWith("error: ")).toList().get(0)
                    .contains("has SHA-256 "), wrong.err);
        }
        assertEquals(2, cli("datasets", "fetch", "ml-100k").code);
        assertEquals(2, cli("datasets", "get").code);
    }

    @Test
    void aProjectNamesADataSetFileAndRunFetchesItOnFirstUse() throws Exception {
        byte[] zip = FixtureServer.fixtureZip();
        try (FixtureServer server = new FixtureServer().serve("/fixture.zip", zip)) {
            Path cache = dir.resolve("cache");
            System.setProperty(DatasetStore.DIR_PROPERTY, cache.toString());
            System.setProperty(DatasetStore.CATALOGUE_PROPERTY,
                    catalogue(server.dataset("fixture", "/fixture.zip", zip)).toString());
            Path file = project("""
                    {"sources": [{"name": "a", "interactions": "dataset:fixture/u.source"}],
                     "target": {"name": "b", "interactions": "dataset:fixture/u.data"}}""");
            Project project = ProjectIO.read(file);
            assertEquals(cache.resolve("fixture/u.data").toAbsolutePath(), project.target().interactions());
            assertFalse(Files.exists(cache.resolve("fixture")), "reading a project downloads nothing");
            LoadedData data = DataLoader.load(project, ProgressListener.none(), CancelToken.none());
            assertEquals(600, data.target().interactions().size());
            assertEquals(1, server.requests.get(), "one download for both domains");
            DataLoader.load(project, ProgressListener.none(), CancelToken.none());
            assertEquals(1, server.requests.get(), "the second run reads the cache");
        }
    }

    @Test
    void aWrongDataSetReferenceNamesTheField() throws Exception {
        assertEquals("project.json, field target.interactions: unknown data set \"ml-5k\"; known: ml-100k, ml-1m, cdrib-game-video, cdrib-sport-cloth",
                assertThrows(ProjectException.class, () -> ProjectIO.read(project("""
                        {"sources": [{"interactions": "a.csv"}], "target": {"interactions": "dataset:ml-5k/u.data"}}
                        """))).getMessage());
        assertEquals("project.json, field sources[0].items: data set ml-100k has no file \"u.items\"; its files: "
                        + String.join(", ", DatasetCatalogue.builtIn().byId("ml-100k").files()),
                assertThrows(ProjectException.class, () -> ProjectIO.read(project("""
                        {"sources": [{"interactions": "a.csv", "items": "dataset:ml-100k/u.items"}],
                         "target": {"interactions": "b.csv"}}"""))).getMessage());
        assertTrue(assertThrows(ProjectException.class, () -> ProjectIO.read(project("""
                {"sources": [{"interactions": "dataset:ml-100k"}], "target": {"interactions": "b.csv"}}""")))
                .getMessage().startsWith("project.json, field sources[0].interactions: \"dataset:ml-100k\" is not a "
                        + "data set file; write dataset:ID/FILE"));
    }

    private Path project(String json) throws Exception {
        Path file = dir.resolve("project.json");
        Files.writeString(file, json);
        return file;
    }

    private Path catalogue(PublicDataset d) throws Exception {
        Path file = dir.resolve("catalogue.json");
        new ObjectMapper().writeValue(file.toFile(), List.of(Map.of("id", d.id(), "title", d.title(),
                "url", d.url().toString(), "bytes", d.bytes(), "sha256", d.sha256(), "files", d.files())));
        return file;
    }

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RecBridgeCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
