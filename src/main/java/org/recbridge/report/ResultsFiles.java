package org.recbridge.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.RunRecord;
import org.recbridge.util.AtomicFile;
import org.recbridge.util.FileProblemException;
import org.recbridge.util.IoProblems;

/**
 * Writes results.json (everything, for charts and reproduction) and results.csv (one line per record) into a
 * results folder. The newest results are always {@code DIR/results.json} and {@code DIR/results.csv}
 * ({@link #latest}); before a run replaces them, the earlier pair is kept in
 * {@code DIR/previous/<time it was written>/}, so no rerun loses a result. Each file is written to a
 * temporary file and moved into place, so a failed write leaves the earlier file intact.
 */
public final class ResultsFiles {
    public static final String JSON_FILE = "results.json";
    public static final String CSV_FILE = "results.csv";
    /** The folder, inside a results folder, holding one folder of earlier results per replaced run. */
    public static final String PREVIOUS = "previous";

    /** Fields it does not know are skipped: results written by a later RecBridge, with more in them, still read. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(JsonNumbers.module());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss")
            .withZone(ZoneOffset.UTC);

    private ResultsFiles() {
    }

    /**
     * What a write did.
     *
     * @param files    the files written
     * @param previous the folder the earlier results were moved to, or null if there were none
     */
    public record Written(List<Path> files, Path previous) {
    }

    /** The newest results.json of a results folder (it may not exist yet). */
    public static Path latest(Path dir) {
        return dir.resolve(JSON_FILE);
    }

    /**
     * Checks, before any work is done, that results can be written into {@code dir}: writes and removes a probe
     * file in it (or, if it does not exist yet, in the nearest folder above it, leaving nothing behind), and
     * refuses a result file name taken by a folder.
     *
     * @throws IOException one line naming the folder or file and the reason
     */
    public static void checkWritable(Path dir) throws IOException {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new FileProblemException("cannot create the results folder " + dir + ": "
                    + (existing == null ? "no folder of its path exists" : existing + " is a file, not a folder"));
        }
        for (String name : List.of(JSON_FILE, CSV_FILE)) {
            if (Files.isDirectory(dir.resolve(name))) {
                throw new FileProblemException("cannot write " + dir.resolve(name) + ": it is a folder");
            }
        }
        if (Files.exists(dir.resolve(PREVIOUS)) && !Files.isDirectory(dir.resolve(PREVIOUS))) {
            throw new FileProblemException("cannot keep earlier results in " + dir.resolve(PREVIOUS) + ": it is a file");
        }
        try {
            Files.delete(Files.createTempFile(existing, ".write-check", ".tmp"));
        } catch (IOException e) {
            throw new FileProblemException("cannot write results into " + dir + ": " + IoProblems.reason(e)
                    + (existing.equals(dir.toAbsolutePath()) ? "" : " (in " + existing + ")"), e);
        }
    }

    /** Writes both files into {@code dir}, creating it and keeping earlier results (see the class comment). */
    public static Written write(ExperimentResults results, Path dir) throws IOException {
        return write(results, dir, UnaryOperator.identity());
    }

    /** As {@link #write(ExperimentResults, Path)}; {@code wrap} wraps each file's stream (tests make it fail). */
    static Written write(ExperimentResults results, Path dir, UnaryOperator<OutputStream> wrap) throws IOException {
        checkWritable(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new FileProblemException("cannot create the results folder " + dir + ": " + IoProblems.reason(e), e);
        }
        Path json = dir.resolve(JSON_FILE);
        Path csv = dir.resolve(CSV_FILE);
        byte[] fresh = JSON.writeValueAsBytes(results);
        List<AtomicFile.Staged> staged = new ArrayList<>();
        try {
            staged.add(AtomicFile.stage(json, out -> out.write(fresh), wrap));
            staged.add(AtomicFile.stage(csv, out -> writeCsv(results, out), wrap));
        } catch (IOException | RuntimeException e) {
            for (AtomicFile.Staged s : staged) {
                s.discard();
            }
            throw e;
        }
        Path previous;
        try {
            previous = keepPrevious(dir, json, csv, fresh);
        } catch (IOException e) {
            for (AtomicFile.Staged s : staged) {
                s.discard();
            }
            throw new FileProblemException("cannot keep the earlier results in " + dir.resolve(PREVIOUS) + ": "
                    + IoProblems.reason(e) + "; nothing was replaced", e);
        }
        for (AtomicFile.Staged s : staged) {
            s.commit();
        }
        return new Written(List.of(json, csv), previous);
    }

    /**
     * Copies the current pair (if any) to previous/TIME/, named for when results.json was written. The same
     * results written again (the workbench saves them with every project save) are nothing earlier to keep.
     */
    private static Path keepPrevious(Path dir, Path json, Path csv, byte[] fresh) throws IOException {
        if (!Files.exists(json) && !Files.exists(csv)) {
            return null;
        }
        if (Files.exists(json) && Arrays.equals(Files.readAllBytes(json), fresh)) {
            return null;
        }
        Path current = Files.exists(json) ? json : csv;
        String stamp = STAMP.format(Files.getLastModifiedTime(current).toInstant());
        Path target = dir.resolve(PREVIOUS).resolve(stamp);
        for (int n = 2; Files.exists(target); n++) {
            target = dir.resolve(PREVIOUS).resolve(stamp + "-" + n);
        }
        Files.createDirectories(target);
        for (Path file : List.of(json, csv)) {
            if (Files.exists(file)) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return target;
    }

    /** Writes results.json alone, in one step. */
    public static void writeJson(ExperimentResults results, Path file) throws IOException {
        AtomicFile.write(file, out -> JSON.writeValue(out, results));
    }

    public static ExperimentResults readJson(Path file) throws IOException {
        return JSON.readValue(file.toFile(), ExperimentResults.class);
    }

    /** Results as JSON text, e.g. for printing. */
    public static String toJson(Object value) throws IOException {
        return JSON.writeValueAsString(value);
    }

    private static void writeCsv(ExperimentResults results, OutputStream stream) throws IOException {
        List<String> header = new ArrayList<>(List.of("strategy", "learner", "seed", "group", "users", "rows"));
        header.addAll(results.metrics());
        Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(new String[0])).get());
        for (RunRecord r : results.records()) {
            List<Object> row = new ArrayList<>(List.of(r.strategy(), r.learner(), r.seed(), r.group(), r.users(), r.rows()));
            for (String m : results.metrics()) {
                Double v = r.metrics().get(m);
                row.add(v == null || !Double.isFinite(v) ? "" : v);
            }
            out.printRecord(row);
        }
        out.flush();
    }
}
