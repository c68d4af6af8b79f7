package org.recbridge.analysis.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.cli.RecBridgeCommand;

/** `run` on a project with an analysis section: tables printed, curves and sweeps in results.json. */
class AnalysisCommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RecBridgeCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    @Test
    void runPrintsAndWritesTheAnalyses(@TempDir Path dir) throws Exception {
        run("generate", "--out", dir.toString(), "--users", "300", "--seed", "3");
        Path project = dir.resolve("project.json");
        ObjectNode p = (ObjectNode) JSON.readTree(project.toFile());
        p.putArray("strategies").add("target-only");
        p.putArray("seeds").add(1).add(2);
        ObjectNode analysis = p.putObject("analysis");
        analysis.putArray("budgets").add(0.5).add(1.0);
        analysis.putArray("l2Sweep").add(0.01).add(0.0);
        JSON.writeValue(project.toFile(), p);

        String out = run("run", project.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertTrue(out.contains("Learning curve: test AUC by target budget") && out.contains("50%"), out);
        assertTrue(out.contains("Sweep of l2: target-only, linear") && out.contains("selected (best validation)"), out);
        JsonNode results = JSON.readTree(dir.resolve("out/results.json").toFile());
        assertEquals(2, results.get("learningCurves").get(0).get("points").size());
        assertEquals(1, results.get("sweeps").size());
        assertTrue(results.get("runs").get(0).has("generalisationGap"));
        assertTrue(results.get("runs").get(0).has("overfitting"));
    }
}
