package org.recbridge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.ImportOptions;
import org.recbridge.data.Interactions;

/** A file is opened once (a FIFO or a shell's <(cat f) reads as a file does), and a line's length is bounded. */
class PipesAndLongLinesTest {
    private static final Path SAMPLE = Path.of("sample-projects/movies-to-books/data/target-ratings.csv");

    @Test
    void aFifoImportsAsTheFileItCarries(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("ratings.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                Files.copy(SAMPLE, out);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();
        // before: the sample was read, then the file opened again, which on a FIFO waits for a writer for ever
        // (or, for <(cat f), finds it drained: "file is empty")
        Interactions piped = InteractionImporter.importFile(fifo, ImportOptions.defaults()).value();
        writer.join(TimeUnit.SECONDS.toMillis(30));
        assertEquals(InteractionImporter.importFile(SAMPLE, ImportOptions.defaults()).value().size(), piped.size());
    }

    @Test
    void aLineOverTheBoundIsOneErrorNamingFileLineAndLimit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("one-long-line.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("user,item,rating\n1,2,3\n".getBytes());
            byte[] block = "7".repeat(1 << 16).getBytes();
            for (int i = 0; i < 40; i++) { // 2.5 MB without a line break
                out.write(block);
            }
            out.write(",1,1\n".getBytes());
        }
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> InteractionImporter.importFile(file, ImportOptions.defaults()));
        assertEquals("one-long-line.csv line 3: this line is longer than 1,048,576 bytes, the most a row may have (a "
                + "file without line breaks, or not a table of interactions?)", e.getMessage());

        Path noBreaks = dir.resolve("no-breaks.data"); // read by the line formats, and as its first line
        Files.write(noBreaks, "1\t2\t3\t".repeat(300_000).getBytes());
        DataFormatException first = assertThrows(DataFormatException.class,
                () -> InteractionImporter.importFile(noBreaks, ImportOptions.defaults()));
        assertEquals("no-breaks.data line 1: this line is longer than 1,048,576 bytes, the most a row may have (a "
                + "file without line breaks, or not a table of interactions?)", first.getMessage());
    }
}
