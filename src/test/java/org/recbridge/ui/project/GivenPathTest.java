package org.recbridge.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a file or folder given to the window at start opens as. */
class GivenPathTest {
    @TempDir
    Path dir;

    @Test
    void aProjectFileOrItsFolderOpensTheProject() throws Exception {
        Path project = Files.writeString(dir.resolve("project.json"), "{}");
        Path other = Files.writeString(dir.resolve("movies.json"), "{}");
        assertEquals(new GivenPath(GivenPath.Kind.PROJECT, project), GivenPath.of(project));
        assertEquals(new GivenPath(GivenPath.Kind.PROJECT, other), GivenPath.of(other));
        assertEquals(new GivenPath(GivenPath.Kind.PROJECT, project), GivenPath.of(dir));
    }

    @Test
    void aResultsFolderOrItsResultsJsonOpensTheResults() throws Exception {
        Path results = Files.createDirectories(dir.resolve("results"));
        Path json = Files.writeString(results.resolve("results.json"), "{}");
        assertEquals(new GivenPath(GivenPath.Kind.RESULTS, results), GivenPath.of(results));
        assertEquals(new GivenPath(GivenPath.Kind.RESULTS, results), GivenPath.of(json));
    }

    @Test
    void anExportedModelFolderOrItsManifestOpensApplyModel() throws Exception {
        Path model = Files.createDirectories(dir.resolve("pooled-fm-seed1"));
        Path manifest = Files.writeString(model.resolve("model.json"), "{}");
        assertEquals(new GivenPath(GivenPath.Kind.MODEL, model), GivenPath.of(model));
        assertEquals(new GivenPath(GivenPath.Kind.MODEL, model), GivenPath.of(manifest));
    }

    @Test
    void aFolderOfNoneOfTheseOrAMissingFileIsUnknown() {
        assertEquals(GivenPath.Kind.UNKNOWN, GivenPath.of(dir).kind());
        assertEquals(GivenPath.Kind.UNKNOWN, GivenPath.of(dir.resolve("gone.json")).kind());
    }
}
