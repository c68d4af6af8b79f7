package org.recbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.cli.CliTest.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bar from import to diagnostics: it never goes back and reaches 100% only at the end. */
class CliProgressTest {
    private static final Pattern LINE = Pattern.compile("^\\[\\s*(\\d+)%\\] (.*)$");

    @Test
    void progressIsOneMonotoneBarOverImportRunsCurvesAndDiagnostics(@TempDir Path dir) throws Exception {
        Path project = TinyProjects.write(dir, TinyProjects.target(), "\"seeds\": [1, 2], "
                + "\"strategies\": [\"target-only\", \"pooled\"], \"analysis\": {\"budgets\": [0.5, 1]}");
        CliTest.Result r = cli("run", project.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        List<Integer> percents = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (String line : r.err().lines().toList()) {
            Matcher m = LINE.matcher(line);
            assertTrue(m.matches(), "not a progress line: " + line);
            percents.add(Integer.parseInt(m.group(1)));
            messages.add(m.group(2));
        }
        for (int i = 1; i < percents.size(); i++) {
            assertTrue(percents.get(i) >= percents.get(i - 1), "the bar went back at " + messages.get(i) + ": " + percents);
        }
        assertTrue(percents.get(0) < 5, percents.toString());
        assertEquals(100, percents.get(percents.size() - 1));
        int curve = indexOf(messages, "learning curve");
        int diagnostics = indexOf(messages, "domain diagnostics");
        assertTrue(curve > 0 && percents.get(curve) > 30 && percents.get(curve) < 100, percents + " " + messages);
        assertTrue(diagnostics > curve && percents.get(diagnostics) > percents.get(curve) && percents.get(diagnostics) < 100,
                percents + " " + messages);
    }

    private static int indexOf(List<String> messages, String start) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theFirstLinesSayWhatWillTrainAndWhatIsSkippedBeforeImporting(@TempDir Path dir) throws Exception {
        Path project = TinyProjects.write(dir, TinyProjects.target(), "\"seeds\": [1], "
                + "\"strategies\": [\"target-only\", \"emcdr\"]");
        CliTest.Result r = cli("run", project.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals("[  0%] run: 2 strategies × 1 learner × 1 seed = 1 training (1 strategy × learner pair skipped)",
                lines.get(0));
        assertEquals("[  0%] skipped emcdr with linear epochs=2: emcdr maps factorization-machine user factors: it "
                + "runs with the fm learner only", lines.get(1));
        assertTrue(lines.get(2).contains("import"), "then the import: " + lines.get(2));
    }
}
