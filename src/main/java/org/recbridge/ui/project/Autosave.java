package org.recbridge.ui.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.recbridge.experiment.ErrorMessages;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.report.ResultsFiles;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;
import org.recbridge.util.AtomicFile;
import org.recbridge.util.JsonFiles;

/**
 * Keeps unsaved work safe from a crash: every {@link #PERIOD}, while the project has unsaved changes, a copy of it
 * (and of results not yet saved with it) is written to a recovery folder, never over the user's project. A save, a
 * project replaced (new, open) or a clean exit removes the copy, so a copy found at start means the workbench did
 * not exit cleanly, and {@link #offerRecovery} offers it back. The copy is taken on the JavaFX thread (the project
 * is edited there); the files are written and removed on {@code io}, one task after another, so a removal never
 * overtakes the write before it.
 */
public final class Autosave {
    public static final Duration PERIOD = Duration.ofMinutes(1);
    static final String META = "recovery.json";
    static final String PROJECT = "recovery-project.json";
    static final String RESULTS = "recovery-results.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.ENGLISH);

    /** Calls a task every period (on the JavaFX thread in the workbench; by hand in tests). */
    public interface Ticker {
        void start(Duration period, Runnable tick);

        void stop();
    }

    /**
     * Unsaved work found at start.
     *
     * @param projectFile where the project was saved before, or null for a project never saved
     * @param baseDirectory the folder its relative data paths started from
     */
    public record Recovery(String projectName, Path projectFile, Path baseDirectory, Instant savedAt,
                           ProjectFile project, ExperimentResults results) {
    }

    private final ProjectDocument document;
    private final Path dir;
    private final Clock clock;
    private final Ticker ticker;
    private final Executor io;
    private final DialogService dialogs;
    /** The revision last copied, so an idle minute writes nothing; -1: none since the last removal. */
    private int copied = -1;
    private ExperimentResults copiedResults;
    private volatile String problem;
    private String reported;

    public Autosave(ProjectDocument document, Path dir, Clock clock, Ticker ticker, Executor io, DialogService dialogs) {
        this.document = document;
        this.dir = dir;
        this.clock = clock;
        this.ticker = ticker;
        this.io = io;
        this.dialogs = dialogs;
    }

    /** Starts the minute ticks; a save or a replaced project from now on removes the copy. */
    public void start() {
        document.dirtyProperty().addListener((o, was, dirty) -> {
            if (!dirty) {
                discard();
            }
        });
        ticker.start(PERIOD, this::tick);
    }

    /** One tick: copies the project if it changed since the last copy and is unsaved. */
    void tick() {
        String failed = problem;
        if (failed != null && !failed.equals(reported)) {
            reported = failed; // once per problem, not every minute
            dialogs.notify("Autosave failed: " + failed);
        }
        if (!document.dirtyProperty().get() || (document.revisionProperty().get() == copied
                && document.resultsProperty().get() == copiedResults)) {
            return;
        }
        copied = document.revisionProperty().get();
        copiedResults = document.resultsProperty().get();
        String projectJson = ProjectIO.toJson(document.file()); // the project is edited on this thread: copy it here
        ObjectNode meta = JSON.createObjectNode()
                .put("projectName", name(document.file()))
                .put("projectFile", document.pathProperty().get() == null ? null
                        : document.pathProperty().get().toAbsolutePath().toString())
                .put("baseDirectory", document.baseDirectory().toString())
                .put("savedAt", clock.instant().toString());
        ExperimentResults results = copiedResults;
        io.execute(() -> {
            try {
                Files.createDirectories(dir);
                AtomicFile.write(dir.resolve(PROJECT), out -> out.write(projectJson.getBytes(StandardCharsets.UTF_8)));
                if (results != null) {
                    ResultsFiles.writeJson(results, dir.resolve(RESULTS)); // in one step, as the marker
                } else {
                    Files.deleteIfExists(dir.resolve(RESULTS));
                }
                // the marker last: a crash while writing leaves the previous complete copy or none
                byte[] marker = JSON.writeValueAsBytes(meta);
                AtomicFile.write(dir.resolve(META), out -> out.write(marker));
                problem = null;
            } catch (IOException | RuntimeException e) {
                problem = dir + ": " + ErrorMessages.oneLine(e);
            }
        });
    }

    /** Removes the copy (saved, replaced, or a clean exit), after any write still under way. */
    public void discard() {
        copied = -1;
        copiedResults = null;
        io.execute(() -> {
            try {
                Files.deleteIfExists(dir.resolve(META));
                Files.deleteIfExists(dir.resolve(PROJECT));
                Files.deleteIfExists(dir.resolve(RESULTS));
            } catch (IOException e) {
                problem = dir + ": " + ErrorMessages.oneLine(e);
            }
        });
    }

    /** A clean exit: no more ticks, and nothing left to recover. */
    public void close() {
        ticker.stop();
        discard();
    }

    /** The copy a crash left, if any; a copy that cannot be read is named in the exception. */
    public Optional<Recovery> find() throws Exception {
        Path meta = dir.resolve(META);
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        JsonNode m = JsonFiles.readTree(meta);
        ProjectFile project = ProjectIO.parse(dir.resolve(PROJECT));
        Path results = dir.resolve(RESULTS);
        return Optional.of(new Recovery(m.path("projectName").asText("Untitled project"),
                m.path("projectFile").isTextual() ? Path.of(m.get("projectFile").asText()) : null,
                Path.of(m.path("baseDirectory").asText(".")), Instant.parse(m.path("savedAt").asText()), project,
                Files.isRegularFile(results) ? ResultsFiles.readJson(results) : null));
    }

    /**
     * At start: looks for a copy a crash left (in a job) and offers it back, naming the project and when it was
     * copied. Restored, the project is open with its changes still unsaved; discarded, the copy is removed. When
     * nothing is restored, {@code otherwise} runs (the workbench then opens its sample project).
     */
    public void offerRecovery(JobService jobs, Runnable otherwise) {
        jobs.submit("Looking for unsaved work", (progress, cancel) -> find(), found -> {
            if (found.isEmpty()) {
                otherwise.run();
                return;
            }
            Recovery r = found.get();
            String where = r.projectFile() == null ? "a project never saved" : r.projectFile().toString();
            if (dialogs.confirm("Recover unsaved work", "RecBridge did not close cleanly. Unsaved changes to \""
                    + r.projectName() + "\" (" + where + ") were kept at "
                    + WHEN.format(r.savedAt().atZone(ZoneId.systemDefault())) + ". Restore them, or discard them?",
                    "Restore", "Discard")) {
                restore(r);
            } else {
                discard();
                otherwise.run();
            }
        }, error -> {
            dialogs.showError("Unsaved work could not be recovered", dir + ": " + ErrorMessages.oneLine(error)
                    + "\nThe copy is left there untouched.");
            otherwise.run();
        }, otherwise);
    }

    private void restore(Recovery r) {
        ProjectFile project = r.project();
        if (r.projectFile() == null) { // relative data paths started from the folder the workbench ran in then
            DataPathRebase.rebase(project, r.baseDirectory(), Path.of("").toAbsolutePath());
        }
        document.replace(project, r.projectFile(), r.results());
        document.edit(f -> { }); // still unsaved: the user's file does not have these changes
        tick(); // replacing the project removed the copy: keep one at once, not a minute from now
    }

    private static String name(ProjectFile f) {
        return f.name == null || f.name.isBlank() ? "Untitled project" : f.name;
    }

    /** The workbench's autosave: minute ticks on the JavaFX thread, the files written by {@code io}. */
    public static Autosave forWorkbench(ProjectDocument document, Path dir, Executor io, DialogService dialogs) {
        return new Autosave(document, dir, Clock.systemDefaultZone(), new FxTicker(), io, dialogs);
    }

    /** ~/.recbridge/recovery: one per user, beside no project (a project folder may be read-only or shared). */
    public static Path userFolder() {
        return Path.of(System.getProperty("user.home"), ".recbridge", "recovery");
    }
}
