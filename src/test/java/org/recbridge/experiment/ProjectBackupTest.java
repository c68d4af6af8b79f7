package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving keeps the previous version as project.json.bak and never overwrites a file that is not a project. */
class ProjectBackupTest {
    private static final String PROJECT = "{\"name\": \"%s\", \"target\": {\"name\": \"t\", \"interactions\": \"t.csv\"},"
            + " \"sources\": [{\"name\": \"s\", \"interactions\": \"s.csv\"}]}";

    @TempDir
    Path dir;

    @Test
    void savingKeepsThePreviousVersionAsBak() throws Exception {
        Path file = dir.resolve("project.json");
        Files.writeString(file, String.format(PROJECT, "first"));
        ProjectIO.write(ProjectIO.parse(Files.writeString(dir.resolve("other.json"), String.format(PROJECT, "second"))), file);
        assertEquals("second", ProjectIO.parse(file).name);
        assertEquals("first", ProjectIO.parse(ProjectIO.backup(file)).name);
        ProjectIO.write(ProjectIO.parse(Files.writeString(dir.resolve("third.json"), String.format(PROJECT, "third"))), file);
        assertEquals("second", ProjectIO.parse(ProjectIO.backup(file)).name, "the backup is the version just replaced");
    }

    @Test
    void savingThroughASymlinkReplacesTheRealFileAndKeepsItsBakBesideIt() throws Exception {
        Path real = Files.createDirectories(dir.resolve("work")).resolve("project.json");
        Files.writeString(real, String.format(PROJECT, "first"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("work", "project.json"));
        ProjectIO.write(ProjectIO.parse(Files.writeString(dir.resolve("other.json"), String.format(PROJECT, "second"))), link);
        assertTrue(Files.isSymbolicLink(link), "the link is followed, not replaced by a file");
        assertEquals("second", ProjectIO.parse(real).name);
        Path bak = dir.resolve("work").resolve("project.json.bak");
        assertEquals(bak, ProjectIO.backup(link));
        assertEquals("first", ProjectIO.parse(bak).name, "the .bak sits beside the real file");
        assertFalse(Files.exists(dir.resolve("link.json.bak")), "and not beside the link");
    }

    @Test
    void theFirstSaveHasNoBackup() throws Exception {
        Path file = dir.resolve("new.json");
        ProjectIO.write(ProjectIO.parse(Files.writeString(dir.resolve("src.json"), String.format(PROJECT, "n"))), file);
        assertTrue(Files.exists(file));
        assertFalse(Files.exists(ProjectIO.backup(file)));
    }

    @Test
    void aBrokenFileIsNeverOverwritten() throws Exception {
        Path file = dir.resolve("project.json");
        String broken = "{\"name\": \"typo\",\n \"seeds\": [1, 2,\n";
        Files.writeString(file, broken);
        ProjectFile fresh = ProjectIO.parse(Files.writeString(dir.resolve("ok.json"), String.format(PROJECT, "ok")));
        IOException e = assertThrows(IOException.class, () -> ProjectIO.write(fresh, file));
        assertTrue(e.getMessage().startsWith("not saved: " + file + " does not read as a project"), e.getMessage());
        assertTrue(e.getMessage().contains("project.json line"), "names the line: " + e.getMessage());
        assertEquals(broken, Files.readString(file));
        assertFalse(Files.exists(ProjectIO.backup(file)));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file left");
        }
    }
}
