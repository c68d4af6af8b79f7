package org.recbridge.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** Downloads from a local server: a good archive is checked and unpacked; anything wrong leaves no cache entry. */
class DatasetStoreTest {
    @TempDir
    Path cache;

    @Test
    void downloadsChecksAndUnpacksIntoTheCache() throws Exception {
        byte[] zip = FixtureServer.fixtureZip();
        try (FixtureServer server = new FixtureServer().serve("/fixture.zip", zip)) {
            DatasetStore store = store(server.dataset("fixture", "/fixture.zip", zip));
            List<String> lines = new ArrayList<>();
            Path where = store.get("fixture", (f, m) -> lines.add(m), CancelToken.none());
            assertEquals(cache.resolve("fixture"), where);
            // the archive's top folder is dropped: the files are directly in the data set's folder
            assertEquals(600, Files.readAllLines(where.resolve("u.data")).size());
            assertTrue(Files.exists(where.resolve("README")));
            assertTrue(lines.get(0).startsWith("downloading fixture from " + server.url("/fixture.zip")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.matches("downloading fixture: [0-9.]+ MB of [0-9.]+ MB")),
                    lines.toString());
            assertEquals(List.of(where), entries()); // no temporary folder left

            store.get("fixture", ProgressListener.none(), CancelToken.none());
            assertEquals(1, server.requests.get(), "a cached data set is not downloaded again");
        }
    }

    @Test
    void aWrongChecksumKeepsNothing() throws Exception {
        byte[] zip = FixtureServer.fixtureZip();
        try (FixtureServer server = new FixtureServer().serve("/fixture.zip", zip)) {
            PublicDataset good = server.dataset("fixture", "/fixture.zip", zip);
            PublicDataset wrong = new PublicDataset("fixture", "", good.url(), good.bytes(), "ab".repeat(32), "",
                    good.files());
            DatasetException e = assertThrows(DatasetException.class,
                    () -> store(wrong).get("fixture", ProgressListener.none(), CancelToken.none()));
            assertEquals("fixture.zip from " + good.url() + " has SHA-256 " + good.sha256() + ", expected "
                    + "ab".repeat(32) + ": the download is damaged or the file has changed; nothing was kept",
                    e.getMessage());
            assertEquals(List.of(), entries());
        }
    }

    @Test
    void anInterruptedDownloadKeepsNothing() throws Exception {
        byte[] zip = FixtureServer.fixtureZip();
        try (FixtureServer server = new FixtureServer().serveCut("/fixture.zip", zip, zip.length / 2)) {
            DatasetStore store = store(server.dataset("fixture", "/fixture.zip", zip));
            DatasetException e = assertThrows(DatasetException.class,
                    () -> store.get("fixture", ProgressListener.none(), CancelToken.none()));
            assertTrue(e.getMessage().startsWith("download of fixture from " + server.url("/fixture.zip")
                    + " broke off after "), e.getMessage());
            assertTrue(e.getMessage().endsWith("nothing was kept"), e.getMessage());
            assertFalse(store.isPresent("fixture"));
            assertEquals(List.of(), entries());
        }
    }

    @Test
    void aDamagedArchiveKeepsNothing() throws Exception {
        byte[] notZip = "this is not a zip archive".getBytes(StandardCharsets.UTF_8);
        try (FixtureServer server = new FixtureServer().serve("/fixture.zip", notZip)) {
            DatasetStore store = store(server.dataset("fixture", "/fixture.zip", notZip));
            DatasetException e = assertThrows(DatasetException.class,
                    () -> store.get("fixture", ProgressListener.none(), CancelToken.none()));
            assertTrue(e.getMessage().startsWith("fixture.zip is not a readable zip archive: "), e.getMessage());
            assertEquals(List.of(), entries());
        }
    }

    @Test
    void anArchiveWritingOutsideItsFolderIsRefused() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("u.data"));
            zip.write(1);
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("../escaped.txt"));
            zip.write(1);
            zip.closeEntry();
        }
        byte[] evil = bytes.toByteArray();
        try (FixtureServer server = new FixtureServer().serve("/fixture.zip", evil)) {
            DatasetStore store = store(server.dataset("fixture", "/fixture.zip", evil));
            DatasetException e = assertThrows(DatasetException.class,
                    () -> store.get("fixture", ProgressListener.none(), CancelToken.none()));
            assertEquals("fixture.zip holds \"../escaped.txt\", which would be written outside the data set's folder; "
                    + "refused", e.getMessage());
            assertEquals(List.of(), entries());
            assertFalse(Files.exists(cache.resolve("../escaped.txt")));
        }
    }

    @Test
    void aMissingFileOnTheServerIsNamed() throws Exception {
        byte[] zip = FixtureServer.fixtureZip();
        try (FixtureServer server = new FixtureServer()) {
            DatasetStore store = store(server.dataset("fixture", "/gone.zip", zip));
            DatasetException e = assertThrows(DatasetException.class,
                    () -> store.get("fixture", ProgressListener.none(), CancelToken.none()));
            assertEquals("cannot download fixture: " + server.url("/gone.zip") + " answered HTTP 404", e.getMessage());
            assertEquals(List.of(), entries());
        }
    }

    @Test
    void noConnectionSaysHowToDoWithout() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort(); // closed again below: nothing listens there
        }
        byte[] zip = FixtureServer.fixtureZip();
        PublicDataset d = new PublicDataset("fixture", "", java.net.URI.create("http://127.0.0.1:" + port + "/f.zip"),
                zip.length, FixtureServer.sha256(zip), "", List.of());
        DatasetException e = assertThrows(DatasetException.class,
                () -> store(d).get("fixture", ProgressListener.none(), CancelToken.none()));
        assertEquals("cannot download fixture from http://127.0.0.1:" + port + "/f.zip: no connection to the server; "
                + "without internet, put the unpacked files in " + cache.resolve("fixture") + " or set "
                + DatasetStore.MIRROR_ENV, e.getMessage());
        assertEquals(List.of(), entries());
    }

    @Test
    void anUnknownIdNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DatasetStore(
                DatasetCatalogue.builtIn(), cache).get("ml-5k", ProgressListener.none(), CancelToken.none()));
        assertEquals("unknown data set \"ml-5k\"; known: ml-100k, ml-1m, cdrib-game-video, cdrib-sport-cloth", e.getMessage());
    }

    @Test
    void theBuiltInCatalogueHasMovieLensWithPublishedChecksums() {
        DatasetCatalogue c = DatasetCatalogue.builtIn();
        assertEquals("50d2a982c66986937beb9ffb3aa76efe955bf3d5c6b761f4e3a7cd717c6a3229", c.byId("ml-100k").sha256());
        assertEquals(4924029, c.byId("ml-100k").bytes());
        assertEquals("a6898adb50b9ca05aa231689da44c217cb524e7ebd39d264c56e2832f2c54e20", c.byId("ml-1m").sha256());
        assertEquals("http://127.0.0.1:9/m/ml-1m.zip", c.mirroredAt("http://127.0.0.1:9/m").byId("ml-1m").url().toString());
    }

    private DatasetStore store(PublicDataset dataset) {
        return new DatasetStore(new DatasetCatalogue(List.of(dataset)), cache);
    }

    /** Everything in the cache folder, hidden temporary folders included. */
    private List<Path> entries() throws Exception {
        try (Stream<Path> s = Files.list(cache)) {
            return s.toList();
        }
    }
}
