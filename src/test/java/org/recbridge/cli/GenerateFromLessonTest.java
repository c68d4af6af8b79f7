package org.recbridge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectIO;

/** generate --from LESSON, and the generator options lessons need (further sources, user columns). */
class GenerateFromLessonTest {
    @Test
    void writesALessonsDataAgainIdentically(@TempDir Path dir) throws Exception {
        Path lesson = Files.createDirectories(dir.resolve("three-stages"));
        for (String f : List.of("lesson.json", "project.json")) {
            Files.copy(Path.of("sample-projects/fine-tuning", f), lesson.resolve(f));
        }
        CliTest.Result r = CliTest.cli("generate", "--from", lesson.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wrote 6 files into " + lesson.toAbsolutePath().resolve("data")), r.out());
        for (String f : List.of("source-ratings.csv", "target-ratings.csv", "target-users.csv")) {
            assertArrayEquals(Files.readAllBytes(Path.of("sample-projects/fine-tuning/data", f)),
                    Files.readAllBytes(lesson.resolve("data").resolve(f)), f);
        }
        CliTest.Result again = CliTest.cli("generate", "--from", lesson.resolve("lesson.json").toString());
        assertEquals(0, again.code(), again.err());
    }

    @Test
    void fromTakesNoOtherOptionAndOutOrFromIsNeeded(@TempDir Path dir) {
        CliTest.Result both = CliTest.cli("generate", "--from", "sample-projects/fine-tuning", "--rho", "0.1");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--from takes the settings from the lesson file; leave out --rho"), both.err());
        CliTest.Result none = CliTest.cli("generate");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("give --out DIR (a new project) or --from LESSON"), none.err());
    }

    @Test
    void furtherSourcesAndUserColumnsGoIntoTheDataAndTheProject(@TempDir Path dir) throws Exception {
        CliTest.Result r = CliTest.cli("generate", "--out", dir.toString(), "--users", "200", "--extra-source",
                "music=0.0", "--extra-source", "games=0.5", "--user-columns", "4");
        assertEquals(0, r.code(), r.err());
        Project p = ProjectIO.read(dir.resolve("project.json"));
        assertEquals(List.of("movies", "music", "games"), p.sources().stream().map(s -> s.name()).toList());
        assertTrue(Files.readAllLines(dir.resolve("data/games-ratings.csv")).size() > 100);
        assertEquals("user,age_group,activity,sessions_per_week,days_between_visits,account_years,minutes_per_visit",
                Files.readAllLines(dir.resolve("data/music-users.csv")).get(0));
        CliTest.Result bad = CliTest.cli("generate", "--out", dir.resolve("x").toString(), "--user-columns", "13");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--user-columns must be between 0 and 12, was 13"), bad.err());
        CliTest.Result taken = CliTest.cli("generate", "--out", dir.resolve("y").toString(), "--extra-source",
                "books=0.3");
        assertEquals(2, taken.code());
        assertTrue(taken.err().contains("the name books is taken"), taken.err());
        CliTest.Result shared = CliTest.cli("generate", "--out", dir.resolve("z").toString(), "--shared", "2");
        assertTrue(shared.err().contains("--shared must be between 0"), shared.err());
    }
}
