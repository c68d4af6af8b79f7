package org.recbridge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.cli.CliTest.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wrong options and values are refused in one line, before any data is read, with exit code 2. */
class CliUsageTest {
    static final String PROJECT = "sample-projects/movies-to-books/project.json";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "run " + PROJECT + " --bogus                  | Unknown option: '--bogus'",
        "run                                           | Missing required parameter: 'PROJECT.json'",
        "frobnicate                                    | 'frobnicate' is not a command; the commands are run, inspect, generate, strategies, diagnose, datasets, predict",
        "missing.json --threads 2                      | 'missing.json' is not a command",
        "run " + PROJECT + " --seeds 1,1              | --seeds: seed 1 is given twice; give each seed once",
        "run " + PROJECT + " --seeds 1.5              | '1.5' is not a long",
        "run " + PROJECT + " --threads 0              | --threads: must be 1 or more, got 0",
        "run " + PROJECT + " --threads -2             | --threads: must be 1 or more, got -2",
        "run " + PROJECT + " --strategies ,           | --strategies: an empty strategy name",
        "run " + PROJECT + " --strategies target-only,pooled,pooled | --strategies: pooled is given twice (names 2 and 3 of \"target-only,pooled,pooled\"); one run counted twice",
        "run " + PROJECT + " --strategies foo         | --strategies: unknown strategy \"foo\"; known: target-only",
        "run " + PROJECT + " --strategies fine-tune(targetEpochs=-1) | --strategies: fine-tune(targetEpochs=-1): targetEpochs: expected an integer 0 or more, got -1",
        "run " + PROJECT + " --strategies pooled(foo=1) | --strategies: pooled(foo=1): foo: unknown setting; pooled has no settings",
        "run " + PROJECT + " --strategies fine-tune(targetEpochs | --strategies: \"fine-tune(targetEpochs\": settings go in parentheses after the id",
        "run " + PROJECT + " --strategies fine-tune(targetEpochs=2),fine-tune(targetEpochs=2) | --strategies: fine-tune(targetEpochs=2) is given twice",
        "run " + PROJECT + " --budgets 0.5,lots       | --budgets: \"lots\" is not a number",
        "run " + PROJECT + " --budgets 0,1            | --budgets: ",
        "inspect " + PROJECT + " --role rating=weird  | --role rating=weird: unknown role; expected user",
        "inspect " + PROJECT + " --role rating        | --role rating: expected COLUMN=ROLE, e.g. --role score=rating",
        "generate --out /tmp/never --shared 2         | --shared must be between 0.0 and 1.0, was 2.0",
        "generate --out /tmp/never --users 10 --target-per-user 0 | --target-per-user must be between 1 and --target-items",
    })
    void oneLineAndExitCodeTwo(String args, String expected) {
        CliTest.Result r = cli(args.trim().split("\\s+"));
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains(expected.trim()), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("Usage:"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void oneExistingFileOrFolderAloneIsForTheWindowAndEverythingElseForTheCommandLine(@TempDir Path dir)
            throws Exception {
        Path project = Files.writeString(dir.resolve("project.json"), "{}");
        assertTrue(RecBridgeCommand.opensTheWindow());
        assertTrue(RecBridgeCommand.opensTheWindow(project.toString()));
        assertTrue(RecBridgeCommand.opensTheWindow(dir.toString()));
        assertFalse(RecBridgeCommand.opensTheWindow(dir.resolve("missing.json").toString()));
        assertFalse(RecBridgeCommand.opensTheWindow("run", project.toString()));
        assertFalse(RecBridgeCommand.opensTheWindow(project.toString(), "--threads", "2"));
        assertFalse(RecBridgeCommand.opensTheWindow("--help"));
        assertFalse(RecBridgeCommand.opensTheWindow("strategies"), "a command, even with a file of its name here");
    }

    @Test
    void theLearningCurveFlagTakesNoValueSoTheProjectPathStaysThePath(@TempDir Path dir) throws Exception {
        // before: "--learning-curve project.json" took the path for the budgets
        CliTest.Result r = cli("run", "--learning-curve", dir.resolve("missing.json").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("missing.json: no such project file"), r.err());
    }

    @Test
    void aProjectFolderStandsForItsProjectFileAndAFolderWithoutOneIsNamed(@TempDir Path dir) throws Exception {
        CliTest.Result sample = cli("diagnose", "sample-projects/movies-to-books");
        assertEquals(0, sample.code(), sample.err());
        assertEquals(cli("diagnose", "sample-projects/movies-to-books/project.json").out(), sample.out());

        CliTest.Result empty = cli("run", dir.toString());
        assertEquals(1, empty.code());
        assertEquals("error: " + dir + ": a folder without project.json; give the project file", empty.err().strip());
    }

    @Test
    void generateRefusesAFolderWithFilesUnlessForced(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("project.json"), "{\"mine\": true}");
        CliTest.Result r = cli("generate", "--out", dir.toString(), "--users", "50");
        assertEquals(1, r.code());
        assertEquals("error: --out " + dir + ": the folder is not empty (1 entries); choose a new folder, or add "
                + "--force to replace its project.json and data files", r.err().strip());
        assertEquals("{\"mine\": true}", Files.readString(dir.resolve("project.json")));
        CliTest.Result forced = cli("generate", "--out", dir.toString(), "--users", "50", "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.readString(dir.resolve("project.json")).contains("formatVersion"));
        assertEquals("{\"mine\": true}", Files.readString(dir.resolve("project.json.bak")), "the replaced file is kept");
    }

    @Test
    void anUnwritableResultsFolderIsFoundBeforeTrainingAndNothingChanges(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results");
        Files.createDirectories(out.resolve("results.csv"));
        Files.writeString(out.resolve("results.json"), "{\"earlier\": true}");
        CliTest.Result r = cli("run", PROJECT, "--out", out.toString(), "-q");
        assertEquals(1, r.code());
        assertEquals("error: --out " + out.resolve("results.csv") + ": is a folder; give a file name", r.err().strip());
        assertEquals("", r.out(), "nothing was trained");
        assertArrayEquals("{\"earlier\": true}".getBytes(), Files.readAllBytes(out.resolve("results.json")));
    }
}
