package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Every shipped sample project reads and imports cleanly (the movies-to-books one also runs in CliTest). A project
 * built on a public data set (movielens-genres) is validated everywhere but imported only where the data set is
 * already in the cache: CI has no internet, and tests must not download.
 */
class SampleProjectsTest {
    static Stream<Path> projects() throws Exception {
        try (Stream<Path> dirs = Files.list(Path.of("sample-projects"))) {
            List<Path> files = dirs.map(d -> d.resolve("project.json")).filter(Files::exists).sorted().toList();
            assertTrue(files.size() >= 6, files.toString());
            return files.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("projects")
    void readsAndImports(Path file) throws Exception {
        Project project = ProjectIO.read(file);
        assertFalse(project.strategies().isEmpty());
        List<String> missing = ProjectDatasets.missing(project);
        Assumptions.assumeTrue(missing.isEmpty(), file + " validated; not imported: data set(s) " + missing
                + " not in the cache (recbridge datasets get ID)");
        LoadedData data = DataLoader.load(project, ProgressListener.none(), CancelToken.none());
        assertTrue(data.target().interactions().size() > 1000, file.toString());
        assertFalse(data.sources().isEmpty());
    }
}
