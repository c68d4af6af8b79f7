package org.recbridge.analysis.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectIO;

/** The project file's optional "analysis" section, as ProjectIO reads and checks it. */
class AnalysisSectionTest {
    private static final String HEAD = "{\"sources\":[{\"interactions\":\"s.csv\"}],\"target\":{\"interactions\":"
            + "\"t.csv\"},\"learners\":[{\"type\":\"linear\"},{\"type\":\"fm\"}]";

    @TempDir
    Path dir;

    private Project read(String analysis) throws Exception {
        Path p = dir.resolve("project.json");
        Files.writeString(p, HEAD + (analysis == null ? "" : ",\"analysis\":" + analysis) + "}");
        return ProjectIO.read(p);
    }

    private String error(String analysis) {
        return assertThrows(ProjectException.class, () -> read(analysis)).getMessage();
    }

    @Test
    void absentSectionMeansNoAnalyses() throws Exception {
        assertNull(read(null).analysis());
    }

    @Test
    void readsTheSection() throws Exception {
        AnalysisSettings a = read("{\"budgets\":[0.1,0.5,1],\"l2Sweep\":[0.01,0],\"factorSweep\":[4,16],"
                + "\"sweepStrategy\":\"pooled\"}").analysis();
        assertEquals(List.of(0.1, 0.5, 1.0), a.budgets());
        assertEquals(List.of(0.01, 0.0), a.l2Sweep());
        assertEquals(List.of(4, 16), a.factorSweep());
        assertEquals("pooled", a.sweepStrategy().id());
        assertEquals(1, a.sweepLearner(), "a factor sweep defaults to the first fm learner");
        assertTrue(a.runsLearningCurves() && a.runsSweeps());
    }

    @Test
    void sweepLearnerIsAnIndexOrAType() throws Exception {
        assertEquals(0, read("{\"l2Sweep\":[0.1]}").analysis().sweepLearner());
        assertEquals("target-only", read("{\"l2Sweep\":[0.1]}").analysis().sweepStrategy().id());
        assertEquals(1, read("{\"l2Sweep\":[0.1],\"sweepLearner\":1}").analysis().sweepLearner());
        assertEquals(1, read("{\"l2Sweep\":[0.1],\"sweepLearner\":\"fm\"}").analysis().sweepLearner());
        AnalysisSettings budgetsOnly = read("{\"budgets\":[0.5]}").analysis();
        assertTrue(budgetsOnly.runsLearningCurves() && !budgetsOnly.runsSweeps());
    }

    @Test
    void badValuesNameTheField() {
        assertEquals("project.json, field analysis.budgets[1]: 1.5 is not in (0, 1]",
                error("{\"budgets\":[0.5,1.5]}"));
        assertTrue(error("{\"l2Sweep\":[-1]}").contains("analysis.l2Sweep[0]"));
        assertTrue(error("{\"factorSweep\":[0]}").contains("analysis.factorSweep[0]"));
        assertTrue(error("{\"budgets\":[0.5,0.5]}").contains("analysis.budgets: 0.5 is given twice"));
        assertTrue(error("{\"budgets\":[\"x\"]}").contains("analysis.budgets[0]"));
        assertTrue(error("{\"sweepStrategy\":\"nope\"}").contains("analysis.sweepStrategy"));
        assertTrue(error("{\"l2Sweep\":[0.1],\"sweepLearner\":5}").contains("analysis.sweepLearner: 5 is not a learner index"));
        assertTrue(error("{\"factorSweep\":[4],\"sweepLearner\":0}").contains("analysis.factorSweep"));
        String unknown = error("{\"budget\":[0.5]}");
        assertTrue(unknown.contains("unknown field \"budget\" in analysis") && unknown.contains("budgets"), unknown);
    }
}
