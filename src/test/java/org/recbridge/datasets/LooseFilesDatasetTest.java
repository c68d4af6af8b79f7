package org.recbridge.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectDatasets;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Data sets of loose files pinned to a commit (CDRIB's benchmark pairs): each file downloaded and checked by its
 * own SHA-256, from a local server here. The built-in CDRIB entries are checked offline (this machine reaches no
 * GitHub): well-formed, pinned addresses, and the sample project that names them is valid.
 */
class LooseFilesDatasetTest {
    private static final String COMMIT = "bd9894565ce06e9ab187f8a52ba03919aaee5e13";

    @TempDir
    Path cache;

    private static final byte[] TRAIN = "0 1\n0 2\n1 2\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TEST = "1 3\n".getBytes(StandardCharsets.UTF_8);

    private static PublicDataset pair(URI folder, String testSha) throws Exception {
        return PublicDataset.looseFiles("pair", "a pair", folder, "", List.of(
                new PublicDataset.RemoteFile("a_b/train.txt", TRAIN.length, FixtureServer.sha256(TRAIN)),
                new PublicDataset.RemoteFile("a_b/test.txt", TEST.length, testSha)));
    }

    @Test
    void eachFileIsDownloadedIntoItsFolderAndChecked() throws Exception {
        try (FixtureServer server = new FixtureServer().serve("/repo/dataset/a_b/train.txt", TRAIN)
                .serve("/repo/dataset/a_b/test.txt", TEST)) {
            PublicDataset d = pair(server.url("/repo/dataset/"), FixtureServer.sha256(TEST));
            assertEquals(TRAIN.length + TEST.length, d.bytes());
            Path where = new DatasetStore(new DatasetCatalogue(List.of(d)), cache)
                    .get("pair", ProgressListener.none(), CancelToken.none());
            assertEquals("0 1\n0 2\n1 2\n", Files.readString(where.resolve("a_b/train.txt")));
            assertEquals("1 3\n", Files.readString(where.resolve("a_b/test.txt")));
            assertEquals(2, server.requests.get());
        }
    }

    @Test
    void oneWrongFileKeepsNothing() throws Exception {
        try (FixtureServer server = new FixtureServer().serve("/d/a_b/train.txt", TRAIN).serve("/d/a_b/test.txt", TEST)) {
            PublicDataset d = pair(server.url("/d/"), "ab".repeat(32));
            DatasetException e = assertThrows(DatasetException.class, () -> new DatasetStore(
                    new DatasetCatalogue(List.of(d)), cache).get("pair", ProgressListener.none(), CancelToken.none()));
            assertEquals("a_b/test.txt from " + server.url("/d/a_b/test.txt") + " has SHA-256 "
                    + FixtureServer.sha256(TEST) + ", expected " + "ab".repeat(32) + ": the download is damaged or the "
                    + "file has changed; nothing was kept", e.getMessage());
            try (Stream<Path> left = Files.list(cache)) {
                assertEquals(List.of(), left.toList(), "not even the good file is kept");
            }
        }
    }

    @Test
    void aCatalogueRefusesLooseFileNamesThatLeaveTheFolder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalogue.json");
        Files.writeString(file, "[{\"id\": \"x\", \"url\": \"https://example.org/d/\", \"files\": [{\"name\": "
                + "\"../etc/passwd\", \"bytes\": 1, \"sha256\": \"" + "0".repeat(64) + "\"}]}]");
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetCatalogue.read(file));
        assertEquals(file + ", entry 0, files[0], field name: expected a relative path inside the data set, got "
                + "\"../etc/passwd\"", e.getMessage());
        Files.writeString(file, "[{\"id\": \"x\", \"url\": \"https://example.org/d\", \"files\": [{\"name\": "
                + "\"a.txt\", \"bytes\": 1, \"sha256\": \"" + "0".repeat(64) + "\"}]}]");
        e = assertThrows(DatasetException.class, () -> DatasetCatalogue.read(file));
        assertTrue(e.getMessage().contains("field url: the folder of loose files must end with /"), e.getMessage());
    }

    @Test
    void theCdribPairsArePinnedToACommitWithAChecksumPerFile() {
        DatasetCatalogue c = DatasetCatalogue.builtIn();
        for (String[] pair : new String[][] {{"cdrib-game-video", "game", "video"}, {"cdrib-sport-cloth", "sport", "cloth"}}) {
            PublicDataset d = c.byId(pair[0]);
            assertTrue(!d.isArchive());
            String ab = pair[1] + "_" + pair[2];
            String ba = pair[2] + "_" + pair[1];
            Set<String> names = Set.copyOf(d.files());
            for (String dir : List.of(ab, ba)) {
                for (String f : List.of("train.txt", "valid.txt", "test.txt")) {
                    assertTrue(names.contains(dir + "/" + f), d.id() + " lacks " + dir + "/" + f);
                }
            }
            for (PublicDataset.RemoteFile f : d.downloads()) {
                URI url = d.urlOf(f);
                assertEquals("https://raw.githubusercontent.com/cjx96/CDRIB/" + COMMIT + "/dataset/" + f.name(),
                        url.toString());
                assertTrue(f.sha256().matches("[0-9a-f]{64}") && f.bytes() > 0, f.toString());
            }
            assertEquals(d.downloads().stream().mapToLong(PublicDataset.RemoteFile::bytes).sum(), d.bytes());
            // a mirror keeps the files' paths under the data set's id
            PublicDataset mirrored = d.mirroredAt("http://127.0.0.1:9/m");
            assertEquals("http://127.0.0.1:9/m/" + d.id() + "/" + ab + "/train.txt",
                    mirrored.urlOf(mirrored.downloads().stream().filter(f -> f.name().equals(ab + "/train.txt"))
                            .findFirst().orElseThrow()).toString());
        }
        assertEquals(Set.of("ml-100k", "ml-1m", "cdrib-game-video", "cdrib-sport-cloth"),
                c.all().stream().map(PublicDataset::id).collect(Collectors.toSet()));
    }

    @Test
    void theCdribSampleProjectIsValidAndSaysItDownloadsOnFirstUse() throws Exception {
        Path file = Path.of("sample-projects/cdrib-game-video/project.json");
        Project project = ProjectIO.read(file);
        assertTrue(ProjectIO.parse(file).description.contains("downloaded on first use"));
        assertEquals(3, project.strategies().size());
        // nothing is downloaded here: the data set is only named as missing where the cache lacks it
        List<String> missing = ProjectDatasets.missing(project);
        assertTrue(missing.isEmpty() || missing.equals(List.of("cdrib-game-video")), missing.toString());
    }
}
