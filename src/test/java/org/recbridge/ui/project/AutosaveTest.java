package org.recbridge.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.ui.TinyProjects;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.SynchronousJobService;

/** Autosave with a hand-driven ticker, a fixed clock and the file work done inline: no real minutes. */
class AutosaveTest {
    private static final Instant NOON = Instant.parse("2026-11-28T12:03:00Z");
    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ManualTicker ticker = new ManualTicker();

    /** Records the period and hands the tick to the test. */
    static final class ManualTicker implements Autosave.Ticker {
        Duration period;
        Runnable tick;
        boolean stopped;

        @Override
        public void start(Duration p, Runnable t) {
            period = p;
            tick = t;
        }

        @Override
        public void stop() {
            stopped = true;
        }
    }

    private Autosave autosave(ProjectDocument document) {
        Autosave a = new Autosave(document, dir.resolve("recovery"), Clock.fixed(NOON, ZoneOffset.UTC), ticker,
                Runnable::run, dialogs);
        a.start();
        return a;
    }

    private ProjectDocument openTinyProject() throws Exception {
        Path file = TinyProjects.write(dir.resolve("project"));
        ProjectDocument document = new ProjectDocument();
        document.replace(ProjectIO.parse(file), file, null);
        return document;
    }

    private boolean copyExists() {
        return Files.exists(dir.resolve("recovery").resolve(Autosave.META));
    }

    @Test
    void everyMinuteUnsavedChangesAreCopiedAndASaveRemovesTheCopy() throws Exception {
        ProjectDocument document = openTinyProject();
        Path userFile = document.pathProperty().get();
        String before = Files.readString(userFile);
        Autosave autosave = autosave(document);
        assertEquals(Duration.ofMinutes(1), ticker.period);

        ticker.tick.run();
        assertFalse(copyExists(), "nothing unsaved, nothing copied");

        document.edit(f -> f.seeds = new ArrayList<>(List.of(7L)));
        ticker.tick.run();
        assertTrue(copyExists());
        assertEquals(before, Files.readString(userFile), "the user's project is never written by autosave");
        Autosave.Recovery found = autosave.find().orElseThrow();
        assertEquals("Tiny transfer", found.projectName());
        assertEquals(userFile.toAbsolutePath(), found.projectFile());
        assertEquals(NOON, found.savedAt());
        assertEquals(List.of(7L), found.project().seeds);

        document.markSaved(userFile); // as ProjectViewModel does after writing the file
        assertFalse(copyExists());
        assertTrue(autosave.find().isEmpty());
    }

    @Test
    void afterACrashTheNextStartOffersTheCopyBackNamingProjectAndTime() throws Exception {
        ProjectDocument crashed = openTinyProject();
        Path userFile = crashed.pathProperty().get();
        autosave(crashed);
        crashed.edit(f -> f.name = "Tiny transfer, edited");
        ticker.tick.run(); // ... and the workbench dies here: no close()

        ProjectDocument next = new ProjectDocument();
        Autosave again = autosave(next);
        dialogs.confirmAnswers.add(true);
        List<String> opened = new ArrayList<>();
        again.offerRecovery(new SynchronousJobService(), () -> opened.add("sample"));

        assertEquals(1, dialogs.questions.size());
        String q = dialogs.questions.get(0);
        assertTrue(q.startsWith("Recover unsaved work [Restore / Discard]: RecBridge did not close cleanly."), q);
        assertTrue(q.contains("\"Tiny transfer, edited\" (" + userFile.toAbsolutePath() + ")"), q);
        String time = java.time.format.DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ENGLISH)
                .format(NOON.atZone(ZoneId.systemDefault()));
        assertTrue(q.contains("were kept at " + time + " on 28 November 2026"), q);
        assertEquals(List.of(), opened, "restored: the sample project is not opened over it");
        assertEquals("Tiny transfer, edited", next.file().name);
        assertEquals(userFile.toAbsolutePath(), next.pathProperty().get());
        assertTrue(next.dirtyProperty().get(), "restored changes are still unsaved");
        assertTrue(copyExists(), "restored work stays protected until it is saved");
    }

    @Test
    void discardingTheCopyRemovesItAndOpensWhatWouldHaveOpened() throws Exception {
        ProjectDocument crashed = new ProjectDocument();
        autosave(crashed);
        crashed.edit(f -> f.name = "never saved");
        ticker.tick.run();
        assertNull(autosave(new ProjectDocument()).find().orElseThrow().projectFile());

        Autosave again = autosave(new ProjectDocument());
        dialogs.confirmAnswers.add(false);
        List<String> opened = new ArrayList<>();
        again.offerRecovery(new SynchronousJobService(), () -> opened.add("sample"));
        assertTrue(dialogs.questions.get(0).contains("\"never saved\" (a project never saved)"), dialogs.questions.get(0));
        assertEquals(List.of("sample"), opened);
        assertFalse(copyExists());
    }

    @Test
    void aCleanExitStopsTheTicksAndLeavesNothingToRecover() throws Exception {
        ProjectDocument document = openTinyProject();
        Autosave autosave = autosave(document);
        document.edit(f -> f.seeds = new ArrayList<>(List.of(3L)));
        ticker.tick.run();
        assertTrue(copyExists());
        autosave.close();
        assertTrue(ticker.stopped);
        assertFalse(copyExists());

        List<String> opened = new ArrayList<>();
        autosave(new ProjectDocument()).offerRecovery(new SynchronousJobService(), () -> opened.add("sample"));
        assertTrue(dialogs.questions.isEmpty(), "nothing asked after a clean exit");
        assertEquals(List.of("sample"), opened);
    }

    @Test
    void aCopyThatCannotBeReadIsReportedAndLeftAlone() throws Exception {
        Path recovery = Files.createDirectories(dir.resolve("recovery"));
        Files.writeString(recovery.resolve(Autosave.META), "{\"projectName\": \"x\", \"savedAt\": \"" + NOON + "\"}");
        Files.writeString(recovery.resolve(Autosave.PROJECT), "{\"name\": ");
        List<String> opened = new ArrayList<>();
        autosave(new ProjectDocument()).offerRecovery(new SynchronousJobService(), () -> opened.add("sample"));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains(Autosave.PROJECT), dialogs.errors.get(0));
        assertEquals(List.of("sample"), opened);
        assertTrue(copyExists());
        assertNotNull(Files.readString(recovery.resolve(Autosave.PROJECT)));
    }

    @Test
    void aFailedCopyIsToldOnceNotEveryMinute() throws Exception {
        Files.writeString(dir.resolve("recovery"), "a file where the folder should be");
        ProjectDocument document = new ProjectDocument();
        autosave(document);
        document.edit(f -> f.name = "a");
        ticker.tick.run();
        document.edit(f -> f.name = "b");
        ticker.tick.run();
        document.edit(f -> f.name = "c");
        ticker.tick.run();
        assertEquals(1, dialogs.notifications.size(), dialogs.notifications.toString());
        assertTrue(dialogs.notifications.get(0).startsWith("Autosave failed: " + dir.resolve("recovery")),
                dialogs.notifications.get(0));
    }
}
