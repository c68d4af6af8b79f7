package org.recbridge.ui.apply;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.ImportOptions;
import org.recbridge.data.Interactions;
import org.recbridge.data.io.Imported;
import org.recbridge.data.io.InteractionImporter;
import org.recbridge.data.io.TablePreview;
import org.recbridge.experiment.ErrorMessages;
import org.recbridge.export.model.ExportedModel;
import org.recbridge.export.model.ModelManifest;
import org.recbridge.export.model.Prediction;
import org.recbridge.export.model.TopItems;
import org.recbridge.ui.common.BackgroundJob;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;
import org.recbridge.ui.data.ColumnChoice;
import org.recbridge.ui.data.ColumnRoles;
import org.recbridge.ui.data.DataFiles;
import org.recbridge.ui.data.ImportViewModel;
import org.recbridge.util.AtomicFile;
import org.recbridge.util.OutputCheck;
import org.recbridge.util.OutputKind;

/**
 * "Apply model to data…": a model directory written by an export, a data file read with the import options the
 * Data screen offers (format, column roles, bad rows), scored in a job through the core scoring {@code predict}
 * uses; the scores, the metrics when the data has ratings, each user's top K, and CSV files of both. Every error
 * (a damaged or foreign model directory, an unknown format version, columns that do not fit) is the command line's
 * message, shown in {@link #errorProperty()}.
 */
public final class ApplyModelViewModel {
    static final String TOP_NEEDS_SCORES = "Score first, then Show top K";
    static final String TOP_READY = "Choose K and press Show top K";

    private static final List<DialogService.FileFilter> CSV =
            List.of(new DialogService.FileFilter("CSV files (*.csv)", List.of("*.csv")));

    private final JobService jobs;
    private final DialogService dialogs;
    private final Supplier<Path> startDirectory;
    private final ReadOnlyObjectWrapper<Path> modelDir = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper modelDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> dataFile = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> format = new SimpleObjectProperty<>("auto");
    private final BooleanProperty skipBadRows = new SimpleBooleanProperty();
    private final ColumnRoles roles = new ColumnRoles();
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<ScoreRow> scores = FXCollections.observableArrayList();
    private final ObservableList<TopRow> top = FXCollections.observableArrayList();
    private final IntegerProperty k = new SimpleIntegerProperty(10);
    private final ReadOnlyStringWrapper metrics = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper coverage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** The running job's progress (-1 while it says nothing) and its last line. */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper("");
    /** What the Top K table says while it is empty: what to do next, or what is under way. */
    private final ReadOnlyStringWrapper topStatus = new ReadOnlyStringWrapper(TOP_NEEDS_SCORES);
    private final BooleanBinding canScore;
    private final BooleanBinding canSave;
    private ExportedModel model;
    private Prediction prediction;
    private Map<String, List<TopItems.Scored>> topLists;
    private int topK;
    private JobService.Handle previewJob;
    /** The scoring or top-K job running, for Cancel. */
    private JobService.Handle job;
    private int previewGeneration;

    /** @param startDirectory where the choosers open: the project's folder */
    public ApplyModelViewModel(JobService jobs, DialogService dialogs, Supplier<Path> startDirectory) {
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.startDirectory = startDirectory;
        format.addListener((o, a, b) -> {
            roles.clear(); // another format may name the columns differently
            readColumns();
        });
        skipBadRows.addListener((o, a, b) -> readColumns());
        canScore = Bindings.createBooleanBinding(() -> modelDescription.get().length() > 0 && dataFile.get() != null
                && !busy.get(), modelDescription, dataFile, busy);
        canSave = Bindings.isNotEmpty(scores).and(busy.not());
    }

    public void chooseModel() {
        dialogs.chooseDirectory("Model folder (written by Export model… or run --export-models)", startDirectory.get())
                .ifPresent(this::setModel);
    }

    /** Reads the model directory in a job; a directory that is not a usable model is named in the error. */
    public void setModel(Path dir) {
        modelDir.set(dir);
        model = null;
        modelDescription.set("");
        clearResults();
        run("Read the model " + dir.getFileName(), (progress, cancel) -> ExportedModel.load(dir), loaded -> {
            model = loaded;
            modelDescription.set(describe(loaded.manifest()));
        }, () -> { });
    }

    public void chooseData() {
        Path from = dataFile.get() != null ? dataFile.get().toAbsolutePath().getParent() : startDirectory.get();
        dialogs.chooseOpenFile("Data to score", DataFiles.FILTERS, from).ifPresent(this::setData);
    }

    /** The data file; its columns and detected roles are read for the role choices. */
    public void setData(Path file) {
        dataFile.set(file);
        roles.clear();
        clearResults();
        readColumns();
    }

    /** Gives the named columns a role, as the import dialog does, and reads the columns again. */
    public void setRole(Collection<String> columnNames, ColumnRole role) {
        String refused = columnNames.isEmpty() ? null : roles.set(columnNames, role);
        if (refused != null) {
            error.set(refused);
            return;
        }
        readColumns();
    }

    /** Scores every pair of the data with the model (in a job), then shows the scores and metrics. */
    public void score() {
        if (!canScore.get()) {
            return;
        }
        ExportedModel using = model;
        Path file = dataFile.get();
        ImportOptions options = options();
        clearResults();
        run("Score " + file.getFileName(), (progress, cancel) -> {
            progress.progress(-1, "Score " + file.getFileName());
            Imported<Interactions> imported = InteractionImporter.importFile(file, options);
            return new Scored(Prediction.of(using, imported.value()), imported.summary().toLine());
        }, done -> show(done.prediction(), done.importLine()), () -> { });
    }

    /** Each user's K best items the model knows that the user has not rated in the data (in a job). */
    public void showTop() {
        Prediction p = prediction;
        int n = k.get();
        if (p == null || busy.get()) {
            return;
        }
        if (n < 1) {
            error.set("K must be 1 or more, got " + n);
            return;
        }
        top.clear();
        topLists = null;
        topStatus.set(String.format(Locale.ROOT, "Finding each user's top %d items…", n));
        run("Top " + n + " items per user", (progress, cancel) -> p.top(n, progress, cancel), lists -> {
            topLists = lists;
            topK = n;
            List<TopRow> rows = new ArrayList<>();
            lists.forEach((user, items) -> {
                int rank = 1;
                for (TopItems.Scored s : items) {
                    rows.add(new TopRow(user, rank++, s.item(), s.score()));
                }
            });
            top.setAll(rows);
            topStatus.set(rows.isEmpty() ? "No user in the data: no top K lists" : TOP_READY);
        }, () -> topStatus.set("Top K cancelled; Show top K starts again"));
    }

    /** Stops the scoring or top-K job under way; the Top K table then says it was cancelled. */
    public void cancel() {
        if (job != null && busy.get()) {
            job.cancel();
        }
    }

    /** Writes the scores as predict --out does: user, item, score. */
    public void saveScores() {
        Prediction p = prediction;
        if (p != null) {
            save("Save the scores", "scores.csv", p::writeScores);
        }
    }

    /** Writes the top-K lists shown as predict --top K --out does: user, rank, item, score. */
    public void saveTop() {
        Map<String, List<TopItems.Scored>> lists = topLists;
        Prediction p = prediction;
        if (lists != null && p != null) {
            save("Save the top " + topK + " lists", "top-" + topK + ".csv", w -> p.writeTop(lists, w));
        }
    }

    private record Scored(Prediction prediction, String importLine) {
    }

    /** A file's columns, and why it cannot be scored as it is read (null when it can). */
    private record Columns(TablePreview preview, String problem) {
    }

    private interface CsvWriter {
        void write(Writer to) throws java.io.IOException;
    }

    /** Runs {@code work} as the window's one job: its progress shown, Cancel stopping it. */
    private <T> void run(String title, BackgroundJob<T> work, java.util.function.Consumer<T> onSuccess,
                         Runnable onCancelled) {
        busy.set(true);
        error.set("");
        progress.set(-1);
        progressMessage.set(title);
        job = jobs.submit(title, work, (fraction, message) -> {
            if (busy.get()) { // a report that arrives after the end describes nothing under way
                progress.set(fraction);
                progressMessage.set(message);
            }
        }, result -> {
            ended();
            onSuccess.accept(result);
        }, failure -> {
            ended();
            error.set(ErrorMessages.oneLine(failure));
        }, () -> {
            ended();
            onCancelled.run();
        });
    }

    private void ended() {
        busy.set(false);
        progress.set(-1);
        progressMessage.set("");
    }

    private void save(String title, String name, CsvWriter content) {
        dialogs.chooseSaveFile(title, CSV, startDirectory.get(), name).ifPresent(file ->
                jobs.submit(title, (progress, cancel) -> {
                    OutputCheck.file(file, "the scores file", OutputKind.SCORES,
                            Prediction.inputs(modelDir.get(), dataFile.get()));
                    AtomicFile.write(file, OutputKind.SCORES, stream -> {
                        Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                        content.write(w);
                        w.flush();
                    });
                    return file;
                }, written -> dialogs.notify("Wrote " + written),
                        failure -> dialogs.showError("Cannot write " + file.getFileName(),
                                ErrorMessages.oneLine(failure)), () -> { }));
    }

    private void show(Prediction p, String importLine) {
        prediction = p;
        List<ScoreRow> rows = new ArrayList<>(p.scores().length);
        for (int i = 0; i < p.scores().length; i++) {
            var row = p.pairs().rows().get(i);
            rows.add(new ScoreRow(row.user(), row.item(), p.scores()[i], row.rating()));
        }
        scores.setAll(rows);
        topStatus.set(TOP_READY);
        summary.set(importLine);
        coverage.set(p.coverage().line());
        Map<String, Double> m = p.metrics();
        StringBuilder text = new StringBuilder();
        if (m.isEmpty()) {
            text.append("No metrics: the data has no ratings to compare the scores with.");
        } else {
            text.append(String.format(Locale.ROOT, "Metrics on %d rated rows (%s):", p.pairs().labelledCount(),
                    p.model().manifest().task().id()));
            m.forEach((name, v) -> text.append(String.format(Locale.ROOT, "  %s %.4f", name, v)));
        }
        metrics.set(text.toString());
    }

    private void clearResults() {
        prediction = null;
        topLists = null;
        scores.clear();
        top.clear();
        topStatus.set(TOP_NEEDS_SCORES);
        metrics.set("");
        summary.set("");
        coverage.set("");
    }

    private ImportOptions options() {
        return new ImportOptions(format.get(), roles.chosen(), DuplicatePolicy.KEEP_LAST, skipBadRows.get());
    }

    /** The columns and the roles they are read with; an unreadable file is named in the error. */
    private void readColumns() {
        Path file = dataFile.get();
        if (file == null) {
            return;
        }
        if (previewJob != null) {
            previewJob.cancel();
        }
        ImportOptions options = options();
        int generation = ++previewGeneration;
        error.set("");
        previewJob = jobs.submit("Read the columns of " + file.getFileName(), (progress, cancel) -> {
            TablePreview preview = TablePreview.read(file, options, ImportViewModel.PREVIEW_ROWS);
            String problem = null;
            if (!preview.interactions()) {
                try { // the importer stops at the header here: its message is the one predict prints
                    InteractionImporter.importFile(file, options);
                } catch (DataFormatException e) {
                    problem = e.getMessage();
                }
            }
            return new Columns(preview, problem);
        }, read -> {
            if (generation == previewGeneration) {
                columns.setAll(roles.choices(read.preview()));
                error.set(read.problem() == null ? "" : read.problem());
            }
        }, failure -> {
            if (generation == previewGeneration) {
                columns.clear();
                error.set(ErrorMessages.oneLine(failure));
            }
        }, () -> { });
    }

    /** "pooled with linear, seed 1 (classification)". */
    private static String describe(ModelManifest m) {
        return String.format(Locale.ROOT, "%s with %s, seed %d (%s)", m.strategy(), m.learner(), m.seed(),
                m.task().id());
    }

    /**
     * How many of the data's users and items the model knows ("0 of 1,672 users and 0 of 5,567 items are known to
     * the model: every score is the base rate"); empty when it knows them all or nothing is scored.
     */
    public ReadOnlyStringProperty coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> modelDirProperty() {
        return modelDir.getReadOnlyProperty();
    }

    /** What the model is, once read; empty while none is usable. */
    public ReadOnlyStringProperty modelDescriptionProperty() {
        return modelDescription.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> dataFileProperty() {
        return dataFile.getReadOnlyProperty();
    }

    public ObjectProperty<String> formatProperty() {
        return format;
    }

    public BooleanProperty skipBadRowsProperty() {
        return skipBadRows;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObservableList<ScoreRow> scores() {
        return scores;
    }

    public ObservableList<TopRow> top() {
        return top;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    /** The metrics line, or why there are none. */
    public ReadOnlyStringProperty metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    /** How the data was read: rows, bad rows skipped, users, items. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The running job's fraction done, or -1 when it does not say (a progress bar's indeterminate value). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The running job's last progress line, e.g. "top 10: user 321 of 1,672"; empty when none runs. */
    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    /** What the empty Top K table says: score first, press Show top K, working, or cancelled. */
    public ReadOnlyStringProperty topStatusProperty() {
        return topStatus.getReadOnlyProperty();
    }

    public BooleanBinding canScore() {
        return canScore;
    }

    public BooleanBinding canSave() {
        return canSave;
    }
}
