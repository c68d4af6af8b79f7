package org.recbridge.data.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.recbridge.data.DataFormatException;
import org.recbridge.data.FeatureTable;
import org.recbridge.data.ImportOptions;
import org.recbridge.data.Interactions;

/**
 * Looks at a file before importing it: format, encoding, roles and counts. A file with both a USER and an
 * ITEM column is an interaction file, anything else a side table. The file is imported to count, so what
 * inspect reports is exactly what an import would give.
 */
public final class FileInspector {
    private FileInspector() {
    }

    public static InspectReport inspect(Path file, ImportOptions options) throws IOException, DataFormatException {
        try (TableInput input = TableInput.open(file, options)) {
            if (input.isInteractionTable()) {
                Imported<Interactions> imported = InteractionImporter.importFrom(input, options);
                ImportSummary s = imported.summary();
                return new InspectReport(s.file(), s.format(), s.delimiter(), input.encoding(), InspectReport.INTERACTIONS,
                        s.columns(), s.rowsRead(), s.badRowsSkipped(), s.badRowMessages(), s.duplicatesMerged(),
                        s.users(), s.items(), histogram(imported.value()), null, Map.of());
            }
            Imported<FeatureTable> imported = FeatureTableImporter.importFrom(input, FeatureTableImporter.guessSide(input), options);
            ImportSummary s = imported.summary();
            FeatureTable table = imported.value();
            return new InspectReport(s.file(), s.format(), s.delimiter(), input.encoding(), InspectReport.SIDE_TABLE,
                    s.columns(), s.rowsRead(), s.badRowsSkipped(), s.badRowMessages(), s.duplicatesMerged(),
                    s.users(), s.items(), Map.of(), table.keyColumn(), table.columns());
        }
    }

    /** Rating value ("4", "4.5") to count, ascending by value. */
    static Map<String, Long> histogram(Interactions interactions) {
        ValueCounts counts = new ValueCounts();
        for (int r = 0; r < interactions.size(); r++) {
            double rating = interactions.rating(r);
            if (!Double.isNaN(rating)) {
                counts.add((float) rating + 0.0f); // + 0: -0 and 0 are one bar, "0"
            }
        }
        TreeMap<Float, Long> sorted = counts.sorted();
        Map<String, Long> out = new LinkedHashMap<>();
        sorted.forEach((value, count) -> out.put(label(value), count));
        return out;
    }

    /**
     * Counts of float values, in an open-addressing table of their bits: a boxed map merged once a row took a
     * sixth of inspecting a million rows, which hold a handful of distinct ratings.
     */
    private static final class ValueCounts {
        private int[] bits = new int[64];
        private long[] counts = new long[64];
        private boolean[] used = new boolean[64];
        private int distinct;

        void add(float value) {
            int b = Float.floatToIntBits(value);
            int s = slot(b);
            if (!used[s]) {
                used[s] = true;
                bits[s] = b;
                if (2 * ++distinct > bits.length) {
                    grow();
                    s = slot(b);
                }
            }
            counts[s]++;
        }

        private int slot(int b) {
            int mask = bits.length - 1;
            int s = (b * 0x9e3779b9 >>> 16) & mask;
            while (used[s] && bits[s] != b) {
                s = (s + 1) & mask;
            }
            return s;
        }

        private void grow() {
            int[] oldBits = bits;
            long[] oldCounts = counts;
            boolean[] oldUsed = used;
            bits = new int[2 * oldBits.length];
            counts = new long[bits.length];
            used = new boolean[bits.length];
            for (int k = 0; k < oldBits.length; k++) {
                if (oldUsed[k]) {
                    int s = slot(oldBits[k]);
                    used[s] = true;
                    bits[s] = oldBits[k];
                    counts[s] = oldCounts[k];
                }
            }
        }

        TreeMap<Float, Long> sorted() {
            TreeMap<Float, Long> out = new TreeMap<>();
            for (int k = 0; k < bits.length; k++) {
                if (used[k]) {
                    out.put(Float.intBitsToFloat(bits[k]), counts[k]);
                }
            }
            return out;
        }
    }

    private static String label(float value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
