package org.recbridge.report;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.recbridge.util.JsonFiles;
import org.recbridge.util.OutputCheck;
import org.recbridge.util.OutputKind;

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
    private static final ObjectMapper JSON = JsonFiles.strict(new ObjectMapper()).enable(SerializationFeature.INDENT_OUTPUT)
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
     * Checks, before any work is done, that results can be written into {@code dir} ({@link OutputCheck}: the
     * folder, results.json and results.csv in it, none of them an input), and that no name of the folder is
     * taken by something else; leaves nothing behind.
     *
     * @param label how the message names the folder, e.g. {@code --out}
     * @throws IOException one line naming the folder or file and the reason
     */
    public static void checkWritable(Path dir, String label, OutputCheck.Inputs inputs) throws IOException {
        OutputCheck.folder(dir, label, inputs);
        // whatever is there is kept in previous/ before it is replaced (see the class comment)
        OutputCheck.file(dir.resolve(JSON_FILE), label, OutputKind.ANY, inputs);
        OutputCheck.file(dir.resolve(CSV_FILE), label, OutputKind.ANY, inputs);
        if (Files.exists(dir.resolve(PREVIOUS)) && !Files.isDirectory(dir.resolve(PREVIOUS))) {
            throw new FileProblemException(label + " " + dir + ": cannot keep earlier results in "
                    + dir.resolve(PREVIOUS) + ": it is a file");
        }
    }

    /** Writes both files into {@code dir}, creating it and keeping earlier results (see the class comment). */
    public static Written write(ExperimentResults results, Path dir) throws IOException {
        return write(results, dir, UnaryOperator.identity());
    }

    /** As {@link #write(ExperimentResults, Path)}; {@code wrap} wraps each file's stream (tests make it fail). */
    static Written write(ExperimentResults results, Path dir, UnaryOperator<OutputStream> wrap) throws IOException {
        return write(results, dir, wrap, () -> { });
    }

    /**
     * As {@link #write(ExperimentResults, Path)}. Both files or neither: each is written under a temporary name
     * first; if results.csv cannot be put in place after results.json was, results.json is put back as it was.
     * {@code betweenMoves} runs after results.json is in place (tests make the second move fail).
     */
    static Written write(ExperimentResults results, Path dir, UnaryOperator<OutputStream> wrap, Runnable betweenMoves)
            throws IOException {
        checkWritable(dir, "the results folder", OutputCheck.Inputs.NONE);
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
            staged.add(AtomicFile.stage(json, OutputKind.ANY, out -> out.write(fresh), wrap));
            staged.add(AtomicFile.stage(csv, OutputKind.ANY, out -> writeCsv(results, out), wrap));
        } catch (IOException | RuntimeException e) {
            for (AtomicFile.Staged s : staged) {
                s.discard();
            }
            throw e;
        }
        boolean hadJson = Files.exists(json);
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
        try {
            staged.get(0).commit();
        } catch (IOException e) {
            staged.get(1).discard();
            deleteTree(previous);
            throw e;
        }
        betweenMoves.run();
        try {
            staged.get(1).commit();
        } catch (IOException e) {
            putBack(json, hadJson, previous);
            throw new FileProblemException("cannot write " + csv + ": " + IoProblems.reason(e) + "; " + JSON_FILE
                    + (hadJson ? " was put back as it was" : " was removed") + ", so the two still agree", e);
        }
        return new Written(List.of(json, csv), previous);
    }

    /**
     * Undoes the move of a new results.json: the copy kept in {@code previous} goes back (in one step), or the
     * new file goes if there was none; the copy's folder, made by this write, is removed. When {@code previous}
     * is null and a file was there, it held these same results and nothing changed.
     */
    private static void putBack(Path json, boolean hadJson, Path previous) throws IOException {
        if (previous != null && Files.exists(previous.resolve(JSON_FILE))) {
            byte[] earlier = Files.readAllBytes(previous.resolve(JSON_FILE));
            AtomicFile.write(json, out -> out.write(earlier));
        } else if (!hadJson) {
            Files.deleteIfExists(json);
        }
        deleteTree(previous);
        if (previous != null) {
            try (java.util.stream.Stream<Path> left = Files.list(previous.getParent())) {
                if (left.findAny().isEmpty()) {
                    Files.delete(previous.getParent()); // previous/ made by this write alone
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
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

    /**
     * Reads a results.json and checks it ({@link ResultsCheck}): the window and the command line read results
     * only through here, so a damaged file gives the same one line naming the file and field everywhere.
     *
     * @throws FileProblemException naming the file, and the line and field where there is one
     */
    public static ExperimentResults readJson(Path file) throws FileProblemException {
        ExperimentResults results;
        try {
            results = JSON.readValue(JsonFiles.readText(file), ExperimentResults.class);
        } catch (JsonProcessingException e) {
            throw new FileProblemException(JsonFiles.describe(file.toString(), e, "the results"));
        }
        ResultsCheck.check(results, file.toString());
        return results;
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
