package org.recbridge.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** A lesson's data is made again identically from its settings, and made when missing. */
class LessonDataTest {
    @Test
    void everyShippedLessonsDataIsItsSettingsWrittenAgainByteForByte(@TempDir Path dir) throws Exception {
        List<Lesson> generated = LessonCatalogue.of(Path.of("sample-projects")).lessons().stream()
                .filter(l -> l.generate() != null).toList();
        assertFalse(generated.isEmpty());
        for (Lesson lesson : generated) {
            Path again = dir.resolve(lesson.id());
            List<Path> written = lesson.generate().write(again);
            assertEquals(lesson.generate().fileNames(), written.stream().map(p -> p.getFileName().toString()).toList());
            for (Path p : written) {
                Path shipped = lesson.dataFolder().resolve(p.getFileName());
                assertTrue(Files.isRegularFile(shipped), "missing from the lesson: " + shipped);
                assertArrayEquals(Files.readAllBytes(shipped), Files.readAllBytes(p), lesson.id() + ": " + p);
            }
        }
    }

    @Test
    void ensureGeneratesMissingDataOnceAndRegeneratesTheSameBytes(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("tiny"));
        Path bad = Path.of("src/test/resources/bad/lessons");
        Files.copy(bad.resolve("project.json"), folder.resolve("project.json"));
        Files.writeString(folder.resolve(Lesson.FILE_NAME), Files.readString(bad.resolve("unknown-tab.json"))
                .replace("\"reslts\"", "\"results\""));
        Lesson lesson = LessonReader.read(folder);
        assertEquals(6, LessonData.missingFiles(lesson).size());
        StringBuilder said = new StringBuilder();
        assertTrue(LessonData.ensure(lesson, (f, m) -> said.append(m).append('\n'), CancelToken.none()));
        assertTrue(said.toString().contains("generating the data of lesson tiny"), said.toString());
        assertEquals(List.of(), LessonData.missingFiles(lesson));
        byte[] first = Files.readAllBytes(lesson.dataFolder().resolve("target-ratings.csv"));
        assertFalse(LessonData.ensure(lesson, ProgressListener.none(), CancelToken.none()), "nothing missing");
        Files.delete(lesson.dataFolder().resolve("source-users.csv"));
        assertTrue(LessonData.ensure(lesson, ProgressListener.none(), CancelToken.none()));
        assertArrayEquals(first, Files.readAllBytes(lesson.dataFolder().resolve("target-ratings.csv")));
    }
}
