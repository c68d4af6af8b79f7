package org.recbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome inspect(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RecBridgeCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void aReportIsTheOrdinaryPathsReport() throws Exception {
        Path file = Files.writeString(dir.resolve("r.csv"), "user,item,rating\nu1,i1,4\nu1,i2,2\nu2,i1,5\nu1,i1,3\n");
        Outcome early = inspect("inspect", file.toString());
        Outcome ordinary = inspect("inspect", "--format", "auto", file.toString());
        assertEquals(0, early.code());
        assertEquals(ordinary, early);
        assertTrue(early.out().contains("duplicates 1 merged"), early.out());
    }

    @Test
    void anErrorIsTheOrdinaryPathsError() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "user,item,rating\nu1,i1,4\nu1,,2\n");
        Outcome early = inspect("inspect", file.toString());
        assertEquals(inspect("inspect", "--format", "auto", file.toString()), early);
        assertEquals(1, early.code());
        assertTrue(early.err().contains("bad.csv") && early.err().contains("line 3"), early.err());
        Outcome missing = inspect("inspect", dir.resolve("missing.csv").toString());
        assertEquals(inspect("inspect", "--format", "auto", dir.resolve("missing.csv").toString()), missing);
        assertEquals(1, missing.code());
    }

    @Test
    void anOptionStillChangesTheReport() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "user,item,rating\nu1,i1,4\nu1,,2\n");
        Outcome skipping = inspect("inspect", "--skip-bad-rows", file.toString());
        assertEquals(0, skipping.code(), skipping.err());
        assertTrue(skipping.out().contains("1 skipped"), skipping.out());
    }
}
