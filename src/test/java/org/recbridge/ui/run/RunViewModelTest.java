package org.recbridge.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.DomainImports;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.OneClassSourceProject;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.ui.TinyProjects;
import org.recbridge.ui.common.BackgroundJob;
import org.recbridge.ui.common.JobService;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.SynchronousJobService;
import org.recbridge.ui.data.DataViewModel;
import org.recbridge.ui.data.ImportedDomains;
import org.recbridge.ui.project.ProjectDocument;
import org.recbridge.util.ProgressListener;

class RunViewModelTest {
    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final SynchronousJobService jobs = new SynchronousJobService();
    private final ProjectDocument document = new ProjectDocument();

    @Test
    void runsTheProjectAndHandsTheResultsToTheDocument() throws Exception {
        Path file = TinyProjects.write(dir);
        document.replace(ProjectIO.parse(file), file, null);
        RunViewModel model = new RunViewModel(document, jobs, dialogs, DomainImports.FROM_FILES);
        assertEquals("2 strategies × 1 learner × 2 seeds = 4 trainings", model.plan().get());
        assertEquals("movies → books · task classification · protocol cold-start", model.setup().get());
        assertTrue(model.canRun().get());
        assertFalse(model.canCancel().get());

        model.run();

        ExperimentResults results = document.resultsProperty().get();
        assertNotNull(results);
        assertEquals(4, results.runs().size());
        assertTrue(document.dirtyProperty().get(), "new results are unsaved changes");
        assertTrue(model.canRun().get());
        assertFalse(model.canCancel().get());
        assertTrue(model.log().stream().anyMatch(l -> l.contains("4/4 done")), String.join("\n", model.log()));
        assertTrue(model.log().get(model.log().size() - 1).contains("finished"));
        assertEquals(1, dialogs.notifications.size());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void aRunStartsFromTheDataScreensImportsAndGetsWhatReadingTheFilesGets() throws Exception {
        Path file = TinyProjects.write(dir);
        ImportedDomains imported = new ImportedDomains();
        new DataViewModel(document, jobs, dialogs, imported); // summarises the domains when the project opens
        document.replace(ProjectIO.parse(file), file, null);

        RunViewModel shared = new RunViewModel(document, jobs, dialogs, imported);
        shared.run();
        ExperimentResults fromSession = document.resultsProperty().get();
        assertEquals(2, shared.log().stream().filter(l -> l.contains("not read again")).count(),
                String.join("\n", shared.log()));

        RunViewModel fromFiles = new RunViewModel(document, jobs, dialogs, DomainImports.FROM_FILES);
        fromFiles.run();
        ExperimentResults read = document.resultsProperty().get();
        assertTrue(fromFiles.log().stream().noneMatch(l -> l.contains("not read again")));
        assertEquals(read.records(), fromSession.records());
        assertEquals(read.notes(), fromSession.notes(), "the same import summaries");
    }

    @Test
    void anInvalidProjectSaysWhereToPutItRightAndDoesNotRun() {
        // a new project has no data; before: "project.json, field sources: at least one source domain is needed"
        RunViewModel model = new RunViewModel(document, jobs, dialogs, DomainImports.FROM_FILES);
        model.run();
        assertEquals(List.of("The project cannot run: No source domain yet: add a source on the Data tab (or split "
                + "one data set there)."), dialogs.errors);
        assertTrue(jobs.titles.isEmpty());
        assertEquals("cannot run: No source domain yet: add a source on the Data tab (or split one data set there).",
                model.log().get(0));
        assertNull(document.resultsProperty().get());

        document.edit(f -> f.protocol.test = 2);
        document.edit(f -> f.sources.add(new ProjectFile.DomainSpec()));
        dialogs.errors.clear();
        model.run();
        assertFalse(dialogs.errors.get(0).contains(".json"), "no file name: the project has none yet");
    }

    @Test
    void aFailingRunGoesToTheDialogAndTheLog() throws Exception {
        Path file = TinyProjects.write(dir);
        ProjectFile p = ProjectIO.parse(file);
        p.target.interactions = "data/missing.csv";
        document.replace(p, file, null);
        RunViewModel model = new RunViewModel(document, jobs, dialogs, DomainImports.FROM_FILES);
        model.run();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("missing.csv"), dialogs.errors.get(0));
        assertTrue(model.log().get(model.log().size() - 1).contains("error: "), model.log().toString());
        assertTrue(model.canRun().get());
        assertNull(document.resultsProperty().get());
    }

    @Test
    void aRunOutOfMemoryIsOneLineSayingHowMuchToGiveAndTheWindowStaysUsable() throws Exception {
        document.replace(ProjectIO.parse(TinyProjects.write(dir)), TinyProjects.write(dir), null);
        DomainImports outOfMemory = (source, progress, cancel) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        RunViewModel model = new RunViewModel(document, jobs, dialogs, outOfMemory);
        model.run();
        assertEquals(List.of("The run failed: " + org.recbridge.util.OutOfMemory.message()), dialogs.errors);
        assertTrue(dialogs.errors.get(0).contains(": not enough memory: the Java heap of "), dialogs.errors.get(0));
        assertFalse(dialogs.errors.get(0).contains("OutOfMemoryError"), "no Java in the user's face");
        assertTrue(model.log().get(model.log().size() - 1).endsWith("] error: " + org.recbridge.util.OutOfMemory.message()),
                model.log().toString());
        assertTrue(model.canRun().get(), "another run can start");
        assertNull(document.resultsProperty().get());
    }

    @Test
    void failedRunsAreShownAndTheFinishedOnesKept() throws Exception {
        Path file = OneClassSourceProject.write(dir); // source-only fails on every seed, target-only runs
        document.replace(ProjectIO.parse(file), file, null);
        RunViewModel model = new RunViewModel(document, jobs, dialogs, DomainImports.FROM_FILES);
        model.run();

        ExperimentResults results = document.resultsProperty().get();
        assertNotNull(results, "the finished runs are kept");
        assertEquals(2, results.runs().size());
        assertEquals(2, results.failures().size());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("2 of 4 runs failed"), dialogs.errors.get(0));
        assertTrue(dialogs.errors.get(0).contains("source-only with linear epochs=2, seed 1"), dialogs.errors.get(0));
        assertEquals(2, model.log().stream().filter(l -> l.startsWith("failed: source-only")).count(),
                model.log().toString());
        assertTrue(model.canRun().get());
    }

    @Test
    void cancelReachesTheJobAndIsNotAnError() throws Exception {
        Path file = TinyProjects.write(dir);
        document.replace(ProjectIO.parse(file), file, null);
        // a job service that holds the job until the test cancels it, as the FX one runs it on another thread
        HeldJobs held = new HeldJobs();
        RunViewModel model = new RunViewModel(document, held, dialogs, DomainImports.FROM_FILES);
        model.run();
        assertTrue(model.canCancel().get());
        assertFalse(model.canRun().get());
        model.cancel();
        assertTrue(held.cancelled);
        held.onCancelled.run();
        assertTrue(model.canRun().get());
        assertTrue(dialogs.errors.isEmpty());
        assertEquals(List.of("Run cancelled"), dialogs.notifications);
        assertTrue(model.log().get(model.log().size() - 1).contains("cancelled"));
    }

    @Test
    void resultsOfAProjectLeftWhileItRanAreNotGivenToTheNextOne() throws Exception {
        Path file = TinyProjects.write(dir);
        document.replace(ProjectIO.parse(file), file, null);
        JobService openingAnother = new JobService() {
            @Override
            public <T> Handle submit(String title, BackgroundJob<T> job, java.util.function.Consumer<T> onSuccess,
                                     java.util.function.Consumer<Throwable> onFailure, Runnable onCancelled) {
                return submit(title, job, ProgressListener.none(), onSuccess, onFailure, onCancelled);
            }

            @Override
            public <T> Handle submit(String title, BackgroundJob<T> job, ProgressListener onProgress,
                                     java.util.function.Consumer<T> onSuccess,
                                     java.util.function.Consumer<Throwable> onFailure, Runnable onCancelled) {
                document.replace(new ProjectFile(), null, null); // the user opens another project meanwhile
                return jobs.submit(title, job, onProgress, onSuccess, onFailure, onCancelled);
            }
        };
        RunViewModel model = new RunViewModel(document, openingAnother, dialogs, DomainImports.FROM_FILES);
        model.run();
        assertNull(document.resultsProperty().get());
        assertTrue(model.log().get(model.log().size() - 1).contains("results not kept"), model.log().toString());
    }

    @Test
    void noRunWhileAProjectIsBeingOpened() {
        RunViewModel model = new RunViewModel(document, jobs, dialogs, DomainImports.FROM_FILES);
        javafx.beans.property.SimpleBooleanProperty opening = new javafx.beans.property.SimpleBooleanProperty(true);
        model.blockWhile(opening);
        assertFalse(model.canRun().get());
        model.run();
        assertTrue(jobs.titles.isEmpty() && dialogs.errors.isEmpty(), "nothing ran, nothing was said");
        opening.set(false);
        assertTrue(model.canRun().get());
    }

    @Test
    void theLogKeepsOnlyTheNewestLines() throws Exception {
        Path file = TinyProjects.write(dir);
        document.replace(ProjectIO.parse(file), file, null);
        HeldJobs held = new HeldJobs();
        RunViewModel model = new RunViewModel(document, held, dialogs, DomainImports.FROM_FILES);
        model.run();
        for (int i = 0; i < RunViewModel.LOG_LINES + 50; i++) {
            held.onProgress.progress(0.5, "line " + i);
        }
        assertEquals(RunViewModel.LOG_LINES, model.log().size());
        assertTrue(model.log().get(model.log().size() - 1).endsWith("line " + (RunViewModel.LOG_LINES + 49)));
    }

    /** Keeps the submitted job's callbacks; runs nothing. */
    private static final class HeldJobs implements JobService {
        boolean cancelled;
        Runnable onCancelled;
        ProgressListener onProgress;

        @Override
        public <T> Handle submit(String title, BackgroundJob<T> job, java.util.function.Consumer<T> onSuccess,
                                 java.util.function.Consumer<Throwable> onFailure, Runnable onCancelled) {
            return submit(title, job, ProgressListener.none(), onSuccess, onFailure, onCancelled);
        }

        @Override
        public <T> Handle submit(String title, BackgroundJob<T> job, ProgressListener onProgress,
                                 java.util.function.Consumer<T> onSuccess,
                                 java.util.function.Consumer<Throwable> onFailure, Runnable onCancelled) {
            this.onCancelled = onCancelled;
            this.onProgress = onProgress;
            return new Handle() {
                @Override
                public void cancel() {
                    cancelled = true;
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }
    }
}
