package org.recbridge.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileIsReadableByOthersLikeAnyFileWrittenForSharing() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path report = dir.resolve("report.html");
        AtomicFile.write(report, out -> out.write("<html></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        assertEquals("<html></html>", Files.readString(report));
    }

    @Test
    void aReplacedFileKeepsThePermissionsItHad() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path project = dir.resolve("project.json");
        Files.writeString(project, "{}");
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(project, out -> out.write("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(project)));
        assertEquals("{\"a\":1}", Files.readString(project));
    }

    @Test
    void textIsUtf8AndAFailureHalfWayLeavesTheEarlierFileWhole() throws IOException {
        Path table = dir.resolve("table.csv");
        AtomicFile.writeText(table, w -> w.write("user,ü\n"));
        assertEquals("user,ü\n", Files.readString(table, StandardCharsets.UTF_8));
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.writeText(table, w -> {
            w.write("half a row");
            throw new IOException("No space left on device");
        }));
        assertTrue(failure.getMessage().contains("table.csv"), failure.getMessage());
        assertEquals("user,ü\n", Files.readString(table, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    /** A link is followed: the file it points to is written, in one step, and the link stays a link. */
    @Test
    void aSymbolicLinkIsWrittenThrough() throws IOException {
        Path real = Files.createDirectories(dir.resolve("elsewhere")).resolve("scores.csv");
        Files.writeString(real, "user,item,score\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        AtomicFile.write(link, OutputKind.SCORES, out -> out.write("user,item,score\na,b,0.5\n".getBytes()));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("user,item,score\na,b,0.5\n", Files.readString(real));
        // a link to a file not there yet makes that file; a link to a link is followed to the end
        Path dangling = Files.createSymbolicLink(dir.resolve("new.csv"), Path.of("elsewhere/new.csv"));
        Path twice = Files.createSymbolicLink(dir.resolve("twice.csv"), dangling);
        AtomicFile.writeText(twice, w -> w.write("x"));
        assertTrue(Files.isSymbolicLink(twice) && Files.isSymbolicLink(dangling));
        assertEquals("x", Files.readString(dir.resolve("elsewhere/new.csv")));
    }

    /** A named pipe (as a device) is written into, never replaced by a regular file. */
    @Test
    void aNamedPipeIsWrittenDirectly() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"));
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicFile.write(fifo, OutputKind.SCORES, out -> out.write("user,item,score\n".getBytes()));
        assertEquals("user,item,score\n", read.get(30, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still a pipe");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "nothing written beside it");
        }
    }

    @Test
    void aFolderIsRefusedAndAFileOfAnotherKindIsKept() throws IOException {
        Files.createDirectories(dir.resolve("report.html"));
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(dir.resolve("report.html"),
                OutputKind.REPORT, out -> out.write(1)));
        assertEquals("cannot write " + dir.resolve("report.html") + ": it is a folder", e.getMessage());
        Path project = dir.resolve("project.json");
        Files.writeString(project, "{\"target\": {\"interactions\": \"t.csv\"}}");
        e = assertThrows(IOException.class, () -> AtomicFile.write(project, OutputKind.REPORT, out -> out.write(1)));
        assertEquals("not written: " + project + " already exists and is a RecBridge project, not an HTML report; it "
                + "is kept as it is: give another file name, or remove it first", e.getMessage());
        assertEquals("{\"target\": {\"interactions\": \"t.csv\"}}", Files.readString(project));
        Path report = dir.resolve("old.html");
        Files.writeString(report, "<!DOCTYPE html>\n<html>old</html>");
        AtomicFile.write(report, OutputKind.REPORT, out -> out.write("<!DOCTYPE html>new".getBytes()));
        assertEquals("<!DOCTYPE html>new", Files.readString(report), "a report replaces a report");
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        AtomicFile.write(empty, OutputKind.SCORES, out -> out.write("user,item,score\n".getBytes()));
        assertEquals("user,item,score\n", Files.readString(empty), "an empty file is replaced by any kind");
    }

    /** What a process killed mid-write left is removed by the next write into the folder, and nothing else. */
    @Test
    void leftoversOfAKilledWriteAreRemovedByTheNextOne() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long deadPid = gone.pid();
        Path leftFile = Files.writeString(dir.resolve(".results.json.rb-" + deadPid + "-123.tmp"), "half");
        Path leftFolder = Files.createDirectories(dir.resolve(".pooled_fm_seed1.rb-" + deadPid + "-456.tmp"));
        Files.writeString(leftFolder.resolve("model.json"), "{}");
        Path running = Files.writeString(dir.resolve(".report.html.rb-" + ProcessHandle.current().pid() + "-7.tmp"),
                "being written");
        Path theirs = Files.writeString(dir.resolve(".notes.tmp"), "someone's");
        Path hidden = Files.writeString(dir.resolve(".x.rb-notapid-1.tmp"), "someone's");
        AtomicFile.writeText(dir.resolve("results.json"), w -> w.write("{}"));
        assertFalse(Files.exists(leftFile));
        assertFalse(Files.exists(leftFolder));
        assertTrue(Files.exists(running), "a write still running is left alone");
        assertTrue(Files.exists(theirs) && Files.exists(hidden), "files without our pattern are never removed");
    }
}
