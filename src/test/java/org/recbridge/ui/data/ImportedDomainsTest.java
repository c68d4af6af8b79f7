package org.recbridge.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.ImportOptions;
import org.recbridge.data.io.DomainImporter;
import org.recbridge.experiment.DomainSource;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** A domain is read once per session while its files stay as they were, and again once they change. */
class ImportedDomainsTest {
    @TempDir
    Path dir;
    private final List<String> messages = new ArrayList<>();
    private final ProgressListener progress = (fraction, message) -> messages.add(message);

    private DomainSource source(Path file) {
        return new DomainSource("books", file, null, null, ImportOptions.defaults());
    }

    @Test
    void anUnchangedDomainIsNotReadAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("books.csv"), "user,item,rating\n1,10,5\n2,10,3\n");
        ImportedDomains imported = new ImportedDomains();
        DomainImporter.ImportResult first = imported.importDomain(source(file), progress, CancelToken.none());
        messages.clear();
        DomainImporter.ImportResult again = imported.importDomain(source(file), progress, CancelToken.none());
        assertSame(first, again);
        assertEquals(List.of("unchanged since it was read, not read again"), messages);
        assertSame(first.domain(), imported.get(source(file), progress, CancelToken.none()));
    }

    @Test
    void aDomainWhoseFileChangedIsReadAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("books.csv"), "user,item,rating\n1,10,5\n2,10,3\n");
        ImportedDomains imported = new ImportedDomains();
        DomainImporter.ImportResult first = imported.importDomain(source(file), progress, CancelToken.none());
        assertEquals(2, first.domain().interactions().size());
        // the same size, only a later modification time: still read again
        Files.writeString(file, "user,item,rating\n1,10,5\n3,10,3\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        DomainImporter.ImportResult second = imported.importDomain(source(file), progress, CancelToken.none());
        assertNotSame(first, second);
        assertEquals("3", second.domain().interactions().userId(1));
        // a longer file
        Files.writeString(file, "user,item,rating\n1,10,5\n3,10,3\n4,11,1\n");
        assertEquals(3, imported.importDomain(source(file), progress, CancelToken.none()).domain().interactions()
                .size());
    }

    @Test
    void aFileGoneSinceItWasReadIsReportedNotServedFromMemory() throws Exception {
        Path file = Files.writeString(dir.resolve("books.csv"), "user,item,rating\n1,10,5\n2,10,3\n");
        ImportedDomains imported = new ImportedDomains();
        imported.importDomain(source(file), progress, CancelToken.none());
        Files.delete(file);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> imported.importDomain(source(file), progress, CancelToken.none()));
        assertTrue(e.getMessage().endsWith("books.csv: file not found"), e.getMessage());
    }

    @Test
    void forgottenDomainsAreReadAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("books.csv"), "user,item,rating\n1,10,5\n2,10,3\n");
        ImportedDomains imported = new ImportedDomains();
        DomainImporter.ImportResult first = imported.importDomain(source(file), progress, CancelToken.none());
        imported.keepOnly(Set.of());
        assertNotSame(first, imported.importDomain(source(file), progress, CancelToken.none()));
    }
}
