package org.recbridge.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.DomainImports;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.ui.TinyProjects;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.SynchronousJobService;
import org.recbridge.ui.project.ProjectDocument;

/** Run ▸ Run on Spark…: the same run, log and results as Run Project, its jobs on Spark (this JVM has Spark). */
class RunOnSparkTest {
    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final SynchronousJobService jobs = new SynchronousJobService();
    private final ProjectDocument document = new ProjectDocument();

    @Test
    void aRunOnSparkGivesTheLocalRunsResultsAndRemembersTheMaster() throws Exception {
        System.setProperty("spark.ui.enabled", "false");
        try {
            Path file = TinyProjects.write(dir);
            document.replace(ProjectIO.parse(file), file, null);
            RunViewModel model = new RunViewModel(document, jobs, dialogs, DomainImports.FROM_FILES);
            model.run();
            ExperimentResults local = document.resultsProperty().get();

            model.runOnSpark(" local[2] ");

            ExperimentResults spark = document.resultsProperty().get();
            assertNotSame(local, spark);
            assertEquals(local.records(), spark.records());
            assertTrue(spark.notes().contains("jobs ran on Spark local[2]"), spark.notes().toString());
            assertEquals("local[2]", model.sparkMasterProperty().get());
            assertTrue(model.log().stream().anyMatch(l -> l.contains("run started on Spark local[2]")),
                    String.join("\n", model.log()));
            assertTrue(model.log().stream().anyMatch(l -> l.contains("4/4 done on Spark local[2]")),
                    String.join("\n", model.log()));
            assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        } finally {
            System.clearProperty("spark.ui.enabled");
        }
    }

    @Test
    void noMasterIsAnErrorAndNothingRuns() throws Exception {
        Path file = TinyProjects.write(dir);
        document.replace(ProjectIO.parse(file), file, null);
        RunViewModel model = new RunViewModel(document, jobs, dialogs, DomainImports.FROM_FILES);
        model.runOnSpark("  ");
        assertEquals(1, dialogs.errors.size());
        assertNull(document.resultsProperty().get());
    }
}
