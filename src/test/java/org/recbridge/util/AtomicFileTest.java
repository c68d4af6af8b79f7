package org.recbridge.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
