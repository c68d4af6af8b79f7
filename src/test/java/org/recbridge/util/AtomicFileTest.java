package org.recbridge.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
