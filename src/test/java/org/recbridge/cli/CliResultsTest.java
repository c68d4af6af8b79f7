package org.recbridge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.cli.CliTest.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What run does with the results folder: keeps earlier results, and loses nothing when writing fails. */
class CliResultsTest {
    private static Path project(Path dir) throws Exception {
        return TinyProjects.write(dir, TinyProjects.target(), "\"seeds\": [1]");
    }

    @Test
    void aRerunKeepsTheEarlierResultsAndSaysWhere(@TempDir Path dir) throws Exception {
        Path p = project(dir);
        assertEquals(0, cli("run", p.toString(), "-q").code());
        byte[] first = Files.readAllBytes(dir.resolve("results/results.json"));
        CliTest.Result again = cli("run", p.toString(), "-q", "--seeds", "2");
        assertEquals(0, again.code(), again.err());
        String kept = again.out().lines().filter(l -> l.startsWith("kept the earlier results in ")).findFirst()
                .orElseThrow().substring("kept the earlier results in ".length());
        assertTrue(kept.startsWith(dir.resolve("results/previous/").toString()), kept);
        assertArrayEquals(first, Files.readAllBytes(Path.of(kept, "results.json")));
    }

    @Test
    void aWriteThatFailsAfterTrainingStillPrintsTheTablesAndKeepsTheEarlierResults(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("results");
        Files.createDirectories(results.resolve("previous"));
        Files.writeString(results.resolve("results.json"), "{\"earlier\": true}");
        Files.setLastModifiedTime(results.resolve("results.json"), FileTime.from(Instant.parse("2026-01-02T03:04:05Z")));
        // the folder the earlier results would be kept in is a dangling link: found only when writing
        Files.createSymbolicLink(results.resolve("previous/2026-01-02T03-04-05"), dir.resolve("nowhere"));
        CliTest.Result r = cli("run", project(dir).toString(), "-q");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("target-only  linear"), "the tables are printed: " + r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: cannot keep the earlier results in " + results.resolve("previous")), r.err());
        assertTrue(r.err().contains("nothing was replaced"), r.err());
        assertEquals("{\"earlier\": true}", Files.readString(results.resolve("results.json")));
        try (var left = Files.list(results)) {
            assertEquals(2, left.count(), "no temporary file is left: only results.json and previous/");
        }
    }
}
