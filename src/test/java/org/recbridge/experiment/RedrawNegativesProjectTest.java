package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** task.redrawNegatives in a project file: read, kept when saved, refused outside the implicit task. */
class RedrawNegativesProjectTest {
    @TempDir
    Path dir;

    private Path project(String task) throws Exception {
        return Files.writeString(dir.resolve("project.json"), "{\"sources\": [{\"interactions\": \"s.csv\"}], "
                + "\"target\": {\"interactions\": \"t.csv\"}, \"task\": " + task + "}");
    }

    @Test
    void readFromTheTaskAndRedrawnForTheImplicitTaskWhenAbsent() throws Exception {
        assertTrue(ProjectIO.read(project("{\"type\": \"implicit\", \"redrawNegatives\": true}")).task().redraw());
        assertTrue(ProjectIO.read(project("{\"type\": \"implicit\"}")).task().redraw());
        assertFalse(ProjectIO.read(project("{\"type\": \"implicit\", \"redrawNegatives\": false}")).task().redraw());
        assertFalse(ProjectIO.read(project("{\"type\": \"classification\"}")).task().redraw());
        Path saved = dir.resolve("saved.json");
        ProjectIO.write(ProjectIO.parse(project("{\"type\": \"implicit\"}")), saved);
        assertFalse(Files.readString(saved).contains("redrawNegatives"), "absent stays absent when saved");
    }

    @Test
    void refusedOutsideTheImplicitTask() throws Exception {
        ProjectException e = assertThrows(ProjectException.class,
                () -> ProjectIO.read(project("{\"type\": \"classification\", \"redrawNegatives\": true}")));
        assertTrue(e.getMessage().contains("task.redrawNegatives applies to the implicit task only"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
