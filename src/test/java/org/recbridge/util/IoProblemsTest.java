package org.recbridge.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reasons people are told are the ones Java hides in various places; tests run as root, so they are made up. */
class IoProblemsTest {
    @Test
    void namesTheReasonsAPersonCanActOn() {
        assertEquals("permission denied", IoProblems.reason(new AccessDeniedException("/r/results.json")));
        assertEquals("read-only file system",
                IoProblems.reason(new FileSystemException("/r/results.json", null, "Read-only file system")));
        assertEquals("no space left on device", IoProblems.reason(new IOException("No space left on device")));
        assertEquals("it is a folder", IoProblems.reason(new FileSystemException("/r/x", null, "Is a directory")));
    }

    @Test
    void aFailedAtomicWriteNamesTheFileKeepsTheEarlierOneAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("project.json");
        Files.writeString(file, "earlier");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("half".getBytes());
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + file + ": no space left on device; the earlier project.json is unchanged",
                e.getMessage());
        assertEquals("earlier", Files.readString(file));
        try (var left = Files.list(dir)) {
            assertTrue(left.allMatch(file::equals));
        }
    }
}
