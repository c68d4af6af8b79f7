package org.recbridge.ui.run;

import java.time.Duration;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.recbridge.analysis.FullRun;
import org.recbridge.analysis.SparkProcess;
import org.recbridge.experiment.RemoteJobs;
import org.recbridge.experiment.SparkSupport;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.DomainImports;
import org.recbridge.experiment.ErrorMessages;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectValidator;
import org.recbridge.experiment.RunPlan;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;
import org.recbridge.ui.common.ProjectProblems;
import org.recbridge.ui.project.ProjectDocument;

/**
 * Runs the open project as one background job (import, then everything {@link FullRun} does), with a log of
 * the engine's progress lines. A validation error, a failure or a cancel is said in a dialog or notification
 * and in the log; results of a finished run go to the document.
 */
public final class RunViewModel {
    /** The log keeps this many lines, the newest; a long learning-curve run must not grow it without end. */
    static final int LOG_LINES = 2000;

    private final ProjectDocument document;
    private final JobService jobs;
    private final DialogService dialogs;
    private final DomainImports imports;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready to run");
    private final ObservableList<String> log = FXCollections.observableArrayList();
    /** One read-only view, kept: such a view forwards changes through a weak listener only while referenced. */
    private final ObservableList<String> readOnlyLog = FXCollections.unmodifiableObservableList(log);
    private final BooleanProperty blocked = new SimpleBooleanProperty();
    private final BooleanBinding canRun = Bindings.createBooleanBinding(() -> !running.get() && !blocked.get(),
            running, blocked);
    private final BooleanBinding canCancel = Bindings.createBooleanBinding(running::get, running);
    private final StringBinding plan;
    private final StringBinding setup;
    private final StringProperty sparkMaster = new SimpleStringProperty("local[2]");
    private JobService.Handle job;
    private long startedAt;

    /** {@code imports}: where the run's domains come from (the data screen's imports, in the workbench). */
    public RunViewModel(ProjectDocument document, JobService jobs, DialogService dialogs, DomainImports imports) {
        this.document = document;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.imports = imports;
        this.plan = Bindings.createStringBinding(() -> plan(document.file()), document.revisionProperty());
        this.setup = Bindings.createStringBinding(() -> setup(document.file()), document.revisionProperty());
    }

    /**
     * No run while {@code busy} holds (the window binds it to a project being opened, or a learning curve
     * training): the document is about to change, and a run started now would run the project being left, or
     * replace the results the learning curve is made for.
     */
    public void blockWhile(ObservableBooleanValue busy) {
        blocked.bind(busy);
    }

    public void run() {
        start("", (project, listener, cancel) -> {
            LoadedData data = DataLoader.load(project, imports, listener.stage(0, 0.05, "import: "), cancel);
            return FullRun.run(project, data, ExperimentRunner.withAllCores(), listener.stage(0.05, 1, ""), cancel);
        });
    }

    /** The Spark master a run on Spark asks for first: the last one given (the window keeps it between sessions). */
    public StringProperty sparkMasterProperty() {
        return sparkMaster;
    }

    /**
     * Runs the project's jobs on Spark ({@code local[N]}, {@code spark://host:7077}, {@code yarn}, ...), as
     * {@code run --spark} does, with the same progress, log, cancel and results as a local run. Where this JVM
     * has Spark, it runs here on the data screen's imports; otherwise in a JVM with $SPARK_HOME's jars, which runs
     * the saved project file.
     */
    public void runOnSpark(String master) {
        if (master == null || master.isBlank()) {
            dialogs.showError("No Spark master", "Give a master, e.g. local[2], spark://host:7077, yarn or k8s://...");
            return;
        }
        String m = master.strip();
        sparkMaster.set(m);
        boolean here = SparkSupport.unavailable() == null;
        Path file = document.projectFile();
        if (!here && (file == null || document.dirtyProperty().get())) {
            dialogs.showError("Save the project first", "Spark runs the saved project file in a Java process of its "
                    + "own: save the project (Ctrl+S), then run it on Spark.");
            return;
        }
        start(" on Spark " + m, (project, listener, cancel) -> {
            if (!here) {
                return SparkProcess.run(file, m, listener, cancel);
            }
            LoadedData data = DataLoader.load(project, imports, listener.stage(0, 0.05, "import: "), cancel);
            try (RemoteJobs spark = SparkSupport.start(m)) {
                listener.progress(0.05, spark.where() + (spark.address() == null ? "" : ", its UI at "
                        + spark.address()));
                return FullRun.run(project, data, new ExperimentRunner(Runtime.getRuntime().availableProcessors(),
                        spark), listener.stage(0.05, 1, ""), cancel);
            }
        });
    }

    /** The work of a run, given the validated project. */
    private interface RunBody {
        ExperimentResults run(Project project, ProgressListener listener, CancelToken cancel) throws Exception;
    }

    private void start(String where, RunBody body) {
        if (!canRun.get()) {
            return;
        }
        Project project;
        try {
            project = ProjectValidator.validate(document.projectFile(), document.file());
        } catch (ProjectException e) {
            String problem = ProjectProblems.forWindow(e);
            log("cannot run: " + problem);
            dialogs.showError("The project cannot run", problem);
            return;
        }
        ProjectFile runFor = document.file();
        running.set(true);
        progress.set(0);
        status.set("Running " + project.name() + where);
        startedAt = System.nanoTime();
        RunPlan counted = RunPlan.of(project);
        log("run started" + where + ": " + counted.headline());
        counted.skipped().forEach(this::log);
        job = jobs.submit("Running " + project.name() + where, (listener, cancel) -> body.run(project, listener, cancel),
                (fraction, message) -> {
            // a worker's report can arrive after the run was cancelled: it no longer describes the run
            if (running.get()) {
                progress.set(fraction);
                log(message);
            }
        }, results -> succeeded(results, runFor), this::failed, this::cancelled);
    }

    public void cancel() {
        if (job != null && running.get()) {
            log("cancelling…");
            job.cancel();
        }
    }

    /** {@code runFor}: the project that ran; if another was opened meanwhile, the results are not its own. */
    private void succeeded(ExperimentResults results, ProjectFile runFor) {
        progress.set(1);
        String done = String.format(Locale.ROOT, "finished in %s: %d trainings", elapsed(), results.runs().size());
        log(done);
        running.set(false);
        status.set("Run " + done);
        if (document.file() != runFor) {
            log("results not kept: another project was opened while " + results.project() + " ran");
            return;
        }
        document.setResults(results);
        if (results.failures().isEmpty()) {
            dialogs.notify(results.project() + ": run " + done);
            return;
        }
        // the finished runs are kept and shown; the failed ones must not pass unseen
        results.failures().forEach(f -> log("failed: " + f.toLine()));
        dialogs.showError("Some runs failed", String.format(Locale.ROOT,
                "%d of %d runs failed; the others finished and are in Results.%n%s", results.failures().size(),
                results.failures().size() + results.runs().size(), String.join(System.lineSeparator(),
                        results.failures().stream().map(f -> f.toLine()).toList())));
    }

    private void failed(Throwable error) {
        String message = ErrorMessages.oneLine(error);
        log("error: " + message);
        running.set(false);
        status.set("Run failed");
        dialogs.showError("The run failed", message);
    }

    private void cancelled() {
        log("cancelled");
        running.set(false);
        status.set("Run cancelled");
        dialogs.notify("Run cancelled");
    }

    private void log(String line) {
        String stamp = running.get() ? "[" + elapsed() + "] " : "";
        log.add(stamp + line);
        if (log.size() > LOG_LINES) {
            log.remove(0, log.size() - LOG_LINES);
        }
    }

    private String elapsed() {
        Duration d = Duration.ofNanos(System.nanoTime() - startedAt);
        return String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }

    /**
     * What a run of the project trains, e.g. "3 strategies × 2 learners × 3 seeds = 18 trainings": the pairs a
     * strategy cannot run with its learner are not counted (the log says which, and why, when the run starts).
     */
    static String plan(ProjectFile p) {
        return RunPlan.of(p).headline();
    }

    /** The domains, task and protocol, e.g. "movies → books · task classification · protocol cold-start". */
    static String setup(ProjectFile p) {
        String domains;
        if (p.splitDomain != null && p.splitDomain.column != null) {
            domains = String.format(Locale.ROOT, "one data set split by %s: %s → %s", p.splitDomain.column,
                    p.splitDomain.sourceValue, p.splitDomain.targetValue);
        } else if (p.sources.isEmpty() || p.target == null) {
            domains = "no data yet: add a source and a target domain";
        } else {
            domains = String.join(" + ", p.sources.stream().map(RunViewModel::domainName).toList()) + " → "
                    + domainName(p.target);
        }
        return domains + " · task " + p.task.type + " · protocol " + p.protocol.type;
    }

    private static String domainName(ProjectFile.DomainSpec d) {
        return d.name != null ? d.name : java.nio.file.Path.of(d.interactions == null ? "?" : d.interactions)
                .getFileName().toString();
    }

    public StringBinding setup() {
        return setup;
    }

    public BooleanBinding canRun() {
        return canRun;
    }

    public BooleanBinding canCancel() {
        return canCancel;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction done of the current or last run. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringBinding plan() {
        return plan;
    }

    /** The engine's progress lines, oldest first, at most {@value #LOG_LINES}. */
    public ObservableList<String> log() {
        return readOnlyLog;
    }
}
