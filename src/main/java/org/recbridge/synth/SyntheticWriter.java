package org.recbridge.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recbridge.data.Domain;
import org.recbridge.data.FeatureTable;
import org.recbridge.data.Interactions;
import org.recbridge.util.AtomicFile;

/**
 * Writes a {@link SyntheticPair} as plain comma-separated files with a header, UTF-8 without BOM, '\n' line
 * ends, values quoted only when needed: {@code source-ratings.csv} ({@code user,item,rating,timestamp}),
 * {@code source-users.csv} ({@code user,age_group,activity}), {@code source-items.csv}
 * ({@code item,genre,year}) and the same three for {@code target-}. A side table that was not generated
 * (settings {@code userFeatures} or {@code itemFeatures} false) is not written.
 */
public final class SyntheticWriter {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private SyntheticWriter() {
    }

    /** Writes the files into {@code dir} (created if missing, existing files replaced); returns their paths. */
    public static List<Path> write(SyntheticPair pair, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        written.addAll(writeDomain(pair.source(), "source", dir));
        written.addAll(writeDomain(pair.target(), "target", dir));
        return List.copyOf(written);
    }

    /** Writes one domain as {@code PREFIX-ratings.csv} and its side tables into {@code dir}; returns their paths. */
    public static List<Path> writeDomain(Domain domain, String prefix, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Path ratings = dir.resolve(prefix + "-ratings.csv");
        AtomicFile.writeText(ratings, out -> {
            CSVPrinter csv = new CSVPrinter(out, FORMAT);
            csv.printRecord("user", "item", "rating", "timestamp");
            Interactions in = domain.interactions();
            for (int r = 0; r < in.size(); r++) {
                csv.printRecord(in.userId(r), in.itemId(r), number(in.rating(r)), Long.toString(in.time(r)));
            }
            csv.flush();
        });
        written.add(ratings);
        if (domain.userFeatures() != null) {
            written.add(writeTable(domain.userFeatures(), dir.resolve(prefix + "-users.csv")));
        }
        if (domain.itemFeatures() != null) {
            written.add(writeTable(domain.itemFeatures(), dir.resolve(prefix + "-items.csv")));
        }
        return written;
    }

    /** Writes one side table, its key column first, in the same form; returns {@code file}. */
    public static Path writeTable(FeatureTable table, Path file) throws IOException {
        AtomicFile.writeText(file, out -> {
            CSVPrinter csv = new CSVPrinter(out, FORMAT);
            List<String> header = new ArrayList<>();
            header.add(table.keyColumn());
            header.addAll(table.columns().keySet());
            csv.printRecord(header);
            for (String key : table.keys().names()) {
                List<String> row = new ArrayList<>(header.size());
                row.add(key);
                for (Object v : table.values(key)) {
                    row.add(v == null ? "" : v instanceof Double x ? number(x) : v.toString());
                }
                csv.printRecord(row);
            }
            csv.flush();
        });
        return file;
    }

    /** "4" for whole numbers, "1.23" otherwise, "" for NaN. */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }
}
