package org.recbridge.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.DomainImports;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.ui.TinyProjects;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.SynchronousJobService;
import org.recbridge.ui.project.ProjectDocument;

/** The Diagnostics screen's view model on a tiny synthetic project, before any training. */
class DiagnosticsViewModelTest {
    @TempDir
    Path dir;
    private final ProjectDocument document = new ProjectDocument();
    private final SynchronousJobService jobs = new SynchronousJobService();
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Test
    void computesTheDiagnosticsWithoutTrainingAndKeepsTopKInTheProject() throws Exception {
        Path file = TinyProjects.write(dir);
        document.replace(ProjectIO.parse(file), file, null);
        DiagnosticsViewModel model = new DiagnosticsViewModel(document, jobs, dialogs, DomainImports.FROM_FILES);
        assertNull(model.histograms().chartProperty().get());
        assertTrue(model.overlap().get().startsWith("No diagnostics yet"));
        assertEquals("", model.distance().get());

        model.compute();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertNotNull(model.diagnostics().get());
        assertNull(document.resultsProperty().get(), "nothing was trained");
        assertNotNull(model.histograms().chartProperty().get());
        assertEquals(model.diagnostics().get().correlations().stream().anyMatch(p -> p.domain().equals(
                model.heatMapDomain().get())), model.heatMap().chartProperty().get() != null,
                "a heat map when the domain has correlated features");
        assertNotNull(model.ranking().chartProperty().get());
        assertTrue(model.overlap().get().contains("target users are also in the source"), model.overlap().get());
        assertTrue(model.distance().get().startsWith("Proxy A-distance"), model.distance().get());
        assertTrue(model.distance().get().endsWith(DiagnosticsViewModel.MEANING));
        PlacedHint distance = model.hints().stream().filter(h -> h.hint().rule().equals("domain-distance"))
                .findFirst().orElseThrow(() -> new AssertionError(model.hints().toString()));
        model.open(distance);
        assertEquals(DiagnosticsViewModel.Part.DISTANCE, model.openedProperty().get(), "its statement is marked");

        model.keep().set(3);
        assertTrue(model.canKeep().get());
        model.keepTopK();
        assertEquals(3, document.file().features.topK);
        assertTrue(document.dirtyProperty().get());
        assertTrue(dialogs.notifications.get(0).contains("features.topK = 3"));
    }

    @Test
    void aProjectThatCannotRunSaysWhy() {
        DiagnosticsViewModel model = new DiagnosticsViewModel(document, jobs, dialogs, DomainImports.FROM_FILES);
        model.compute();
        assertEquals(1, dialogs.errors.size());
        assertTrue(jobs.titles.isEmpty());
    }
}
