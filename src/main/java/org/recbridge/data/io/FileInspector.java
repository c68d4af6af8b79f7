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
        TreeMap<Float, Long> counts = new TreeMap<>();
        for (int r = 0; r < interactions.size(); r++) {
            double rating = interactions.rating(r);
            if (!Double.isNaN(rating)) {
                counts.merge((float) rating + 0.0f, 1L, Long::sum); // + 0: -0 and 0 are one bar, "0"
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((value, count) -> out.put(label(value), count));
        return out;
    }

    private static String label(float value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
