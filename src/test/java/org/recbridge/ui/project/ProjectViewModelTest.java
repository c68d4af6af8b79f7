package org.recbridge.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.SummaryRow;
import org.recbridge.ui.TestPreferences;
import org.recbridge.ui.common.DialogService.SaveAnswer;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.SynchronousJobService;

class ProjectViewModelTest {
    @TempDir
    Path dir;
    private Preferences prefs;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ProjectDocument document = new ProjectDocument();
    private ProjectViewModel model;

    @BeforeEach
    void setUp() {
        prefs = TestPreferences.fresh();
        model = new ProjectViewModel(document, new SynchronousJobService(), dialogs, new RecentProjects(prefs),
                SampleProjects.folder());
    }

    @AfterEach
    void removePreferences() throws Exception {
        TestPreferences.remove(prefs);
    }

    @Test
    void opensASampleAndTitlesTheWindowWithItsName() {
        Path sample = SampleProjects.defaultProject().orElseThrow();
        model.open(sample);
        assertEquals("Synthetic movies to books", document.file().name);
        assertEquals(sample, document.pathProperty().get());
        assertEquals("RecBridge — Synthetic movies to books", model.title().get());
        assertEquals(List.of(sample), model.recentProjects());
        assertTrue(model.sampleProjects().stream().anyMatch(p -> p.getParent().getFileName().toString()
                .equals("movies-to-books")), "every sample folder with a project.json is offered");
        document.edit(p -> p.name = "Changed");
        assertEquals("RecBridge — Changed *", model.title().get());
    }

    @Test
    void aBrokenProjectFileIsReportedWithItsLineAndTheOpenProjectStays() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"name\": \"x\",\n  \"seeds\": [1, 2,\n}\n");
        ProjectFile before = document.file();
        model.open(broken);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("broken.json line 4"), dialogs.errors.get(0));
        assertSame(before, document.file());
        assertNull(document.pathProperty().get());
    }

    @Test
    void anInvalidFieldIsNamed() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"sources\": [{\"interactions\": \"a.csv\"}], \"target\": {\"interactions\": "
                + "\"b.csv\"}, \"protocol\": {\"type\": \"lukewarm\"}}");
        model.open(bad);
        assertTrue(dialogs.errors.get(0).contains("field protocol.type"), dialogs.errors.get(0));
    }

    @Test
    void unsavedChangesAreAskedAboutAndCancelKeepsThem() {
        document.edit(p -> p.name = "Mine");
        dialogs.saveAnswers.add(SaveAnswer.CANCEL);
        model.newProject();
        assertEquals("Mine", document.file().name);
        assertEquals(List.of("save changes to Mine"), dialogs.questions);

        dialogs.saveAnswers.add(SaveAnswer.DISCARD);
        model.newProject();
        assertEquals("Untitled project", document.file().name);
        assertFalse(document.dirtyProperty().get());
    }

    @Test
    void saveAnswerSavesBeforeLeavingAndACancelledChooserDoesNotLeave() {
        document.edit(p -> p.name = "Mine");
        dialogs.saveAnswers.add(SaveAnswer.SAVE); // never saved: Save As, whose chooser is cancelled
        boolean[] left = {false};
        model.whenSafeToLeave(() -> left[0] = true);
        assertFalse(left[0]);
        Path target = dir.resolve("mine.json");
        dialogs.saveAnswers.add(SaveAnswer.SAVE);
        dialogs.fileAnswers.add(Optional.of(target));
        model.whenSafeToLeave(() -> left[0] = true);
        assertTrue(left[0]);
        assertTrue(Files.exists(target));
        assertFalse(document.dirtyProperty().get());
    }

    @Test
    void saveAsElsewhereRewritesDataPathsToTheSameFiles() throws Exception {
        Path sample = SampleProjects.defaultProject().orElseThrow();
        Project original = ProjectIO.read(sample);
        model.open(sample);
        Path target = dir.resolve("copies/deeper/moved.json");
        dialogs.fileAnswers.add(Optional.of(target));
        model.saveAs();

        Project moved = ProjectIO.read(target);
        assertEquals(original.sources().get(0).interactions(), moved.sources().get(0).interactions());
        assertEquals(original.target().users(), moved.target().users());
        assertFalse(ProjectIO.parse(target).target.interactions.startsWith("/"), "paths stay relative");
        assertEquals(target, document.pathProperty().get());
        assertEquals(original.target().items(), ProjectIO.read(target).target().items());
        assertFalse(document.dirtyProperty().get());
    }

    @Test
    void saveAsKeepsPublicDataSetReferences() {
        Path sample = SampleProjects.defaultProject().orElseThrow();
        model.open(sample);
        document.edit(f -> f.target.interactions = "dataset:ml-100k/u.data");
        dialogs.fileAnswers.add(Optional.of(dir.resolve("elsewhere/p.json")));
        model.saveAs();
        assertEquals("dataset:ml-100k/u.data", document.file().target.interactions);
    }

    @Test
    void resultsAreSavedBesideTheProjectAndBackOnReopen() {
        Path sample = SampleProjects.defaultProject().orElseThrow();
        model.open(sample);
        ExperimentResults results = results();
        document.setResults(results);
        Path target = dir.resolve("saved/project.json");
        dialogs.fileAnswers.add(Optional.of(target));
        model.saveAs();
        assertTrue(Files.exists(dir.resolve("saved/results/results.json")));
        assertTrue(Files.exists(dir.resolve("saved/results/results.csv")));

        model.newProject();
        assertNull(document.resultsProperty().get());
        model.open(target);
        assertNotNull(document.resultsProperty().get());
        assertEquals(results.summary(), document.resultsProperty().get().summary());
        assertEquals(target, model.recentProjects().get(0));
    }

    /** A hand-edited results.json: the window says which field, once, and opens the project without results. */
    @Test
    void damagedResultsAreNamedByFieldWhenTheProjectOpens() throws Exception {
        Path sample = SampleProjects.defaultProject().orElseThrow();
        model.open(sample);
        document.setResults(results());
        Path target = dir.resolve("saved/project.json");
        dialogs.fileAnswers.add(Optional.of(target));
        model.saveAs();
        Path json = dir.resolve("saved/results/results.json");
        String good = Files.readString(json);
        for (String field : List.of("summary", "runs")) {
            String bad = good.replaceFirst("\"" + field + "\" : \\[", "\"" + field + "\" : null, \"x\" : [");
            assertFalse(bad.equals(good), field);
            Files.writeString(json, bad);
            dialogs.informations.clear();
            model.newProject();
            model.open(target);
            assertEquals(List.of(), dialogs.errors, "no error dialog, no exception");
            assertEquals(1, dialogs.informations.size(), dialogs.informations.toString());
            assertTrue(dialogs.informations.get(0).contains("results.json, field " + field + ": missing or null"),
                    dialogs.informations.get(0));
            assertNull(document.resultsProperty().get());
            assertEquals(target, document.pathProperty().get(), "the project itself opens");
        }
    }

    @Test
    void theRecentListKeepsTellingTheMenuAfterGarbageCollection() {
        int[] changes = {0};
        model.recentProjects().addListener((javafx.collections.ListChangeListener<Path>) c -> changes[0]++);
        System.gc(); // a read-only view made per call, and with it the menu's listener, would be gone now
        model.open(SampleProjects.defaultProject().orElseThrow());
        assertEquals(1, changes[0]);
    }

    @Test
    void recentProjectsOutliveTheViewModel() {
        Path sample = SampleProjects.defaultProject().orElseThrow();
        model.open(sample);
        RecentProjects again = new RecentProjects(prefs);
        assertEquals(List.of(sample), again.paths());
    }

    static ExperimentResults results() {
        return new ExperimentResults(1, "Synthetic movies to books", "2026-01-01T10:00:00Z", "classification",
                "cold-start", List.of(1L, 2L), List.of("AUC"), List.of(), List.of(),
                List.of(new SummaryRow("target-only", "linear", "all", "AUC", 0.6, 0.55, 0.65, 2)), List.of(),
                List.of(), List.of("a note"), null, null, null, null, null, null);
    }
}
