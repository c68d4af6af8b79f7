package org.recbridge.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lessons among the sample projects: every folder with a {@code lesson.json}, in the lessons' order (then by
 * folder name). A lesson file that does not read is listed among the problems with its one-line message, and the
 * others are still listed.
 *
 * @param lessons  the lessons that read, in order
 * @param problems one line per lesson file that does not
 */
public record LessonCatalogue(List<Lesson> lessons, List<String> problems) {
    public LessonCatalogue {
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
    }

    /** The lessons in the folders of {@code samples} (e.g. {@code sample-projects}); none if it cannot be listed. */
    public static LessonCatalogue of(Path samples) {
        List<Path> files;
        try (Stream<Path> dirs = Files.list(samples)) {
            files = dirs.map(d -> d.resolve(Lesson.FILE_NAME)).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return new LessonCatalogue(List.of(), List.of(samples + ": cannot list the lessons: " + e.getMessage()));
        }
        List<Lesson> lessons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                lessons.add(LessonReader.read(f));
            } catch (LessonException e) {
                problems.add(e.getMessage());
            }
        }
        lessons.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::id));
        return new LessonCatalogue(lessons, problems);
    }

    /** The lesson in folder {@code id}, if listed. */
    public java.util.Optional<Lesson> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
