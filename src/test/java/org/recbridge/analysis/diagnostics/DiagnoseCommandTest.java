package org.recbridge.analysis.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.cli.RecBridgeCommand;

class DiagnoseCommandTest {
    private static final String SAMPLE = "sample-projects/movies-to-books/project.json";

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RecBridgeCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void printsEverySectionOfTheSampleProject() {
        Result r = cli("diagnose", SAMPLE);
        assertEquals(0, r.code(), r.err());
        for (String section : List.of("Overlap", "Domains", "ratings of movies", "Proxy A-distance",
                "Correlated numeric side features", "Feature ranking")) {
            assertTrue(r.out().contains(section), section + " missing from\n" + r.out());
        }
        assertTrue(r.out().contains("1000 of 1500 target users"), r.out());
        assertTrue(r.out().contains("movies -> books: "), r.out());
        assertTrue(r.out().contains("compared on user ids (") && r.out().contains("seeded sample of up to 5000 rows"),
                "which features and how many rows the distance rests on:\n" + r.out());
        assertTrue(r.out().contains("#"), "a histogram bar:\n" + r.out());
    }

    @Test
    void jsonHoldsTheSameDiagnostics() throws Exception {
        Result r = cli("diagnose", "--json", "--method", "JMI", SAMPLE);
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("books", json.get("target").asText());
        assertEquals(2, json.get("domains").size());
        double a = json.get("aDistances").get(0).get("aDistance").asDouble();
        assertTrue(a >= 0 && a <= 2, r.out());
        assertEquals("user ids", json.get("aDistances").get(0).get("groups").get(0).get("name").asText(), r.out());
        assertEquals("JMI", json.get("ranking").get("method").asText());
        assertTrue(json.get("ranking").get("features").size() > 0, r.out());
    }

    @Test
    void aMissingProjectGivesOneLineAndExitCodeOne() {
        Result r = cli("diagnose", "no-such-project.json");
        assertEquals(1, r.code());
        assertEquals(1, r.err().trim().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("no-such-project.json"), r.err());
    }
}
