package org.recbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong argument is named for what it is: a data file given as a project, an output that cannot be written. */
class WrongArgumentsTest {

    @Test
    void aDataFileGivenToDiagnoseIsCalledOneAndInspectIsNamed(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("u.data"), "196\t242\t3\t881250949\n186\t302\t3\t891717742\n");
        CliTest.Result r = CliTest.cli("diagnose", data.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: u.data is a data file, not a project file (a JSON object {...}); to look at a data file, "
                + "use: recbridge inspect " + data + " (see recbridge diagnose --help)", r.err().trim());
    }

    @Test
    void aDataFileGivenToRunIsCalledOneToo(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("ratings.csv"), "user,item,rating\n1,2,5\n");
        CliTest.Result r = CliTest.cli("run", data.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("ratings.csv is a data file, not a project file"), r.err());
        assertFalse(r.err().contains("expected an object"), r.err());
    }

    @Test
    void aReportThatCannotBeWrittenIsNamedAsTheReport(@TempDir Path dir) throws Exception {
        Path project = TinyProjects.write(dir, TinyProjects.target(), "\"seeds\": [1]");
        CliTest.Result r = CliTest.cli("run", project.toString(), "--quiet", "--out", dir.resolve("out").toString(),
                "--report", "/proc/r.html");
        assertEquals(1, r.code(), r.err());
        assertEquals("error: --report /proc/r.html: cannot be written: this place does not take new files",
                r.err().trim());
    }

    /** Issue 21 (found only after training): a report named as the run's own results was lost after the run. */
    @Test
    void aReportOrExportNamedAsTheRunsOwnResultsIsRefusedBeforeTraining(@TempDir Path dir) throws Exception {
        Path project = TinyProjects.write(dir, TinyProjects.target(), "\"seeds\": [1]");
        Path out = dir.resolve("out");
        for (String own : new String[] {"results.json", "results.csv"}) {
            CliTest.Result r = CliTest.cli("run", project.toString(), "--quiet", "--out", out.toString(),
                    "--report", out.resolve(own).toString());
            assertEquals(1, r.code(), r.err());
            assertEquals("error: --report " + out.resolve(own) + ": is where this run writes its " + own + " ("
                    + out.resolve(own) + "), give another file name", r.err().trim());
            assertFalse(Files.exists(out.resolve(own)), "nothing trained, nothing written");
        }
        CliTest.Result models = CliTest.cli("run", project.toString(), "--quiet", "--out", out.toString(),
                "--export-models", out.resolve("results.json").toString());
        assertEquals(1, models.code(), models.err());
        assertTrue(models.err().startsWith("error: --export-models " + out.resolve("results.json")
                + ": is where this run writes its results.json"), models.err());
    }
}
