package org.recbridge.data.io;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.recbridge.data.ImportOptions;
import org.recbridge.data.Interactions;

/** Not a test: writes a 1,000,000-row CSV, imports it and prints the time and heap used. */
public final class ImportBenchmark {
    private static final int ROWS = 1_000_000;

    public static void main(String[] args) throws Exception {
        Path file = Files.createTempFile("recbridge-bench", ".csv");
        try {
            write(file);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heapBefore = rt.totalMemory() - rt.freeMemory();
            long start = System.nanoTime();
            Imported<Interactions> result = InteractionImporter.importFile(file, ImportOptions.defaults());
            double seconds = (System.nanoTime() - start) / 1e9;
            long heapPeak = rt.totalMemory() - rt.freeMemory();
            System.gc();
            long heapAfter = rt.totalMemory() - rt.freeMemory();
            ImportSummary s = result.summary();
            System.out.printf("rows %d imported %d, %d users, %d items, %d duplicates merged%n",
                    s.rowsRead(), s.rowsImported(), s.users(), s.items(), s.duplicatesMerged());
            System.out.printf("file %.1f MB, import %.2f s, heap used %d MB after GC (%d MB before import, %d MB at end of import)%n",
                    Files.size(file) / 1e6, seconds, heapAfter >> 20, heapBefore >> 20, heapPeak >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void write(Path file) throws Exception {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("userId,movieId,rating,timestamp\n");
            for (int r = 0; r < ROWS; r++) {
                out.write((random.nextInt(50_000) + 1) + "," + (random.nextInt(20_000) + 1) + ","
                        + (random.nextInt(10) + 1) / 2.0 + "," + (946684800L + random.nextInt(700_000_000)) + "\n");
            }
        }
    }
}
