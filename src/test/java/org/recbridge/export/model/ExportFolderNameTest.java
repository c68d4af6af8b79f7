package org.recbridge.export.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFolderNameTest {
    /** A strategy label with its settings, as a results row shows it: 300 characters and more. */
    private static String longLabel(String last) {
        return "ensemble(members=" + "target-only+pooled+fine-tune+feature-transfer+model-transfer+".repeat(5)
                + last + ")";
    }

    @Test
    void aShortLabelIsKeptAsItWasWithUnsafeCharactersReplaced() {
        assertEquals("pooled_fm_seed3", ExportFolderName.of("pooled", "fm", 3));
        assertEquals("joint_sourceWeight=0.5__fm_k=8_seed1", ExportFolderName.of("joint(sourceWeight=0.5)", "fm k=8", 1));
    }

    @Test
    void aLongLabelIsShortenedToAReadableStartAHashAndTheSeed(@TempDir Path dir) throws Exception {
        String label = longLabel("hybrid");
        String name = ExportFolderName.of(label, "fm k=64", 12);
        assertEquals(ExportFolderName.MAX_LENGTH, name.getBytes(StandardCharsets.UTF_8).length, name);
        assertTrue(name.startsWith("ensemble_members=target-only_pooled"), name);
        assertTrue(name.matches(".*-[0-9a-f]{10}_seed12"), name);
        assertEquals(name, ExportFolderName.of(label, "fm k=64", 12), "the same label names the same folder");
        assertNotEquals(name, ExportFolderName.of(longLabel("joint"), "fm k=64", 12),
                "labels that differ only past the kept start stay apart");
        assertNotEquals(name, ExportFolderName.of(label, "fm k=32", 12), "so do their learners");
        // the unshortened name is refused by the file system; the shortened one is not
        String full = (label + "_fm k=64_seed12").replaceAll("[^A-Za-z0-9._=-]+", "_");
        assertTrue(full.length() > 255, full.length() + " characters");
        Files.createDirectory(dir.resolve(name));
        assertTrue(Files.isDirectory(dir.resolve(name)));
    }
}
