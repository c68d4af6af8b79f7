package org.recbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.util.OutOfMemory;

/** An OutOfMemoryError anywhere reaches the user as one line naming the heap's limit and the -Xmx to use. */
class OutOfMemoryTest {
    @Test
    void aWrappedOutOfMemoryErrorIsOneLineWithTheLimitAndTheHeapToAskFor() {
        String line = org.recbridge.experiment.ErrorMessages.oneLine(new ExecutionException(new OutOfMemoryError("Java heap space")));
        long heap = OutOfMemory.heapMb();
        long ask = OutOfMemory.advisedMb(heap);
        assertEquals("not enough memory: the Java heap of " + heap + " MB (its -Xmx limit) ran out; start java with -Xmx"
                + ask + "m or more (java -Xmx" + ask + "m -jar recbridge.jar ...)", line);
        assertEquals(512, OutOfMemory.advisedMb(16));
        assertEquals(1024, OutOfMemory.advisedMb(256));
    }

    /** Issue 21: -Xmx16m and a large file at a small heap gave OutOfMemoryError stack traces. */
    @Test
    void aRealOutOfMemoryErrorInAnImportIsOneLineAndExitOne(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("ratings.csv");
        SplittableRandom random = new SplittableRandom(1);
        try (BufferedWriter w = Files.newBufferedWriter(data)) {
            w.write("user,item,rating\n");
            for (int i = 0; i < 600_000; i++) {
                w.write(random.nextInt(100_000) + "," + random.nextInt(20_000) + "," + (1 + random.nextInt(5)) + "\n");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx24m", "-cp", System.getProperty("java.class.path"),
                "org.recbridge.Launcher", "inspect", data.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(p.getErrorStream().readAllBytes());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(1, p.exitValue(), err);
        List<String> lines = err.strip().lines().toList();
        assertEquals(1, lines.size(), err);
        // the heap's size is the collector's choice (23 MB under the serial collector of a one-core machine)
        assertTrue(lines.get(0).matches("error: not enough memory: the Java heap of 2[34] MB \\(its -Xmx limit\\) ran out; "
                + "start java with -Xmx512m or more .*"), err);
        assertFalse(err.contains("\tat "), err);
    }
}
