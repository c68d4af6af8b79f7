package org.recbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inspect FILE} alone is read while picocli sets up: it prints and fails exactly as the same command with
 * its options spelled out (which takes the ordinary path), and an option still changes the report.
 */
class InspectEarlyStartTest {
    @TempDir
    Path dir;


    @Test
    void aReportIsTheOrdinaryPathsReport() throws Exception {
        Path file = Files.writeString(dir.resolve("r.csv"), "user,item,rating\nu1,i1,4\nu1,i2,2\nu2,i1,5\nu1,i1,3\n");
        CliTest.Result early = CliTest.cli("inspect", file.toString());
        CliTest.Result ordinary = CliTest.cli("inspect", "--format", "auto", file.toString());
        assertEquals(0, early.code());
        assertEquals(ordinary, early);
        assertTrue(early.out().contains("duplicates 1 merged"), early.out());
    }

    @Test
    void anErrorIsTheOrdinaryPathsError() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "user,item,rating\nu1,i1,4\nu1,,2\n");
        CliTest.Result early = CliTest.cli("inspect", file.toString());
        assertEquals(CliTest.cli("inspect", "--format", "auto", file.toString()), early);
        assertEquals(1, early.code());
        assertTrue(early.err().contains("bad.csv") && early.err().contains("line 3"), early.err());
        CliTest.Result missing = CliTest.cli("inspect", dir.resolve("missing.csv").toString());
        assertEquals(CliTest.cli("inspect", "--format", "auto", dir.resolve("missing.csv").toString()), missing);
        assertEquals(1, missing.code());
    }

    @Test
    void anOptionStillChangesTheReport() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "user,item,rating\nu1,i1,4\nu1,,2\n");
        CliTest.Result skipping = CliTest.cli("inspect", "--skip-bad-rows", file.toString());
        assertEquals(0, skipping.code(), skipping.err());
        assertTrue(skipping.out().contains("1 skipped"), skipping.out());
    }
}
