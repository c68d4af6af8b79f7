package org.recbridge.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunRecord;

/** Writes results.json (everything, for charts and reproduction) and results.csv (one line per record). */
public final class ResultsFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsFiles() {
    }

    /** Writes both files into {@code dir}, creating it; returns their paths. */
    public static List<Path> write(ExperimentResults results, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve("results.json");
        Path csv = dir.resolve("results.csv");
        writeJson(results, json);
        writeCsv(results, csv);
        return List.of(json, csv);
    }

    public static void writeJson(ExperimentResults results, Path file) throws IOException {
        JSON.writeValue(file.toFile(), results);
    }

    public static ExperimentResults readJson(Path file) throws IOException {
        return JSON.readValue(file.toFile(), ExperimentResults.class);
    }

    public static void writeCsv(ExperimentResults results, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("strategy", "learner", "seed", "group", "users", "rows"));
        header.addAll(results.metrics());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(new String[0])).get())) {
            for (RunRecord r : results.records()) {
                List<Object> row = new ArrayList<>(List.of(r.strategy(), r.learner(), r.seed(), r.group(), r.users(), r.rows()));
                for (String m : results.metrics()) {
                    Double v = r.metrics().get(m);
                    row.add(v == null || v.isNaN() ? "" : v);
                }
                out.printRecord(row);
            }
        }
    }
}
