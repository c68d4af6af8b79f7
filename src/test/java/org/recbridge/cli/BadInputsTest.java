package org.recbridge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad inputs under src/test/resources/bad (listed with the message each must give in
 * bad/expected.txt): every data file goes through inspect, and as a project's target through diagnose and
 * run; every project file through diagnose and run; every lesson file through generate --from (the lessons'
 * shared project.json is not a case). Each must stop with one line naming the file and the line
 * or field, a non-zero exit code, no stack trace, and leave the earlier results untouched.
 */
class BadInputsTest {
    private static final Path BAD = Paths.get("src/test/resources/bad");
    private static final byte[] EARLIER = "{\"earlier\": \"results\"}".getBytes();

    /** @param sideTable inspect reads the file as a valid side table; it fails only as interactions */
    record Case(String file, String expected, boolean sideTable) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> cases() {
        try {
            List<Case> out = new ArrayList<>();
            for (String line : Files.readAllLines(BAD.resolve("expected.txt"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                out.add(new Case(parts[0].strip(), parts[1].strip(),
                        parts.length > 2 && parts[2].strip().equals("inspect: side table")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> dataFiles() {
        return cases().stream().filter(c -> c.file().startsWith("data/")).map(Arguments::of);
    }

    static Stream<Arguments> projectFiles() {
        return cases().stream().filter(c -> c.file().startsWith("projects/")).map(Arguments::of);
    }

    static Stream<Arguments> lessonFiles() {
        return cases().stream().filter(c -> c.file().startsWith("lessons/")).map(Arguments::of);
    }

    @Test
    void everyFileOfTheCorpusHasAnExpectedMessage() throws IOException {
        Set<String> files = new TreeSet<>();
        for (String folder : List.of("data", "projects", "lessons")) {
            try (Stream<Path> list = Files.list(BAD.resolve(folder))) {
                list.forEach(p -> files.add(folder + "/" + p.getFileName()));
            }
        }
        files.remove("lessons/project.json");
        Set<String> listed = new TreeSet<>(cases().stream().map(Case::file).toList());
        assertEquals(files, listed);
        assertTrue(files.size() >= 40, "the issue asks for at least 40 bad inputs, found " + files.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataFiles")
    void aBadDataFileIsRefusedInOneLine(Case c, @TempDir Path dir) throws IOException {
        Path file = BAD.resolve(c.file());
        String name = file.getFileName().toString();
        Files.copy(file, dir.resolve(name));
        Files.copy(BAD.resolve("good/source.csv"), dir.resolve("source.csv"));
        Files.writeString(dir.resolve("project.json"), "{\"sources\": [{\"name\": \"s\", \"interactions\": \"source.csv\"}],"
                + " \"target\": {\"name\": \"t\", \"interactions\": \"" + name + "\"}, \"seeds\": [1],"
                + " \"learners\": [{\"type\": \"linear\", \"epochs\": 2}], \"strategies\": [\"target-only\"]}");
        if (c.sideTable()) {
            CliTest.Result r = CliTest.cli("inspect", dir.resolve(name).toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("side table"), r.out());
        } else {
            assertRefused(c, dir, "inspect", dir.resolve(name).toString());
        }
        assertRefused(c, dir, "diagnose", dir.resolve("project.json").toString());
        assertRefused(c, dir, "run", dir.resolve("project.json").toString(), "-q");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectFiles")
    void aBadProjectFileIsRefusedInOneLine(Case c, @TempDir Path dir) throws IOException {
        Path file = BAD.resolve(c.file());
        String name = file.getFileName().toString();
        Files.copy(file, dir.resolve(name));
        for (String good : List.of("source.csv", "target.csv", "all-bad.csv")) {
            Files.copy(BAD.resolve("good").resolve(good), dir.resolve(good));
        }
        assertRefused(c, dir, "diagnose", dir.resolve(name).toString());
        assertRefused(c, dir, "run", dir.resolve(name).toString(), "-q");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessonFiles")
    void aBadLessonFileIsRefusedInOneLine(Case c, @TempDir Path dir) throws IOException {
        Path lessons = Files.createDirectories(dir.resolve("lessons"));
        Path file = BAD.resolve(c.file());
        Files.copy(file, lessons.resolve(file.getFileName()));
        Files.copy(BAD.resolve("lessons/project.json"), lessons.resolve("project.json"));
        assertRefused(c, dir, "generate", "--from", lessons.resolve(file.getFileName()).toString());
        assertFalse(Files.exists(lessons.resolve("data")), "nothing generated for " + c.file());
    }

    private static void assertRefused(Case c, Path dir, String... args) throws IOException {
        Path results = dir.resolve("results");
        Files.createDirectories(results);
        Files.write(results.resolve("results.json"), EARLIER);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RecBridgeCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        String what = String.join(" ", args) + " gave exit " + code + ":\n" + err + out;
        assertNotEquals(0, code, what);
        assertEquals(1, err.toString().strip().lines().count(), what);
        String line = err.toString().strip();
        assertTrue(line.startsWith("error: "), what);
        // each expected fragment starts with the file the message must name: the bad file, or the data file
        // a bad project leads to
        assertTrue(c.expected().matches("^/?[\\w./-]+\\.(csv|json|inter|data)\\b.*"), c.expected());
        assertTrue(line.contains(c.expected()), "expected \"" + c.expected() + "\": " + what);
        assertFalse(line.contains("Exception") || err.toString().contains("\tat "), what);
        try (Stream<Path> left = Files.list(results)) {
            assertEquals(List.of(results.resolve("results.json")), left.toList(), what);
        }
        assertArrayEquals(EARLIER, Files.readAllBytes(results.resolve("results.json")), what);
    }
}
