package org.recbridge.lesson;

import java.nio.file.Path;
import java.util.List;
import org.recbridge.synth.SyntheticRecipe;

/**
 * A lesson: a sample project with a tour (see {@link LessonReader} for the file).
 *
 * @param id       the folder's name
 * @param file     the lesson file ({@code lesson.json})
 * @param title    the title
 * @param idea     the idea in one line
 * @param minutes  how long it takes in class
 * @param order    its place in the list of lessons (lower first)
 * @param project  the project file it opens
 * @param generate how its data is made, or null when it uses a public data set
 * @param dataset  the public data set it uses (downloaded on first use), or null when its data is generated
 * @param steps    the tour, at least one step
 */
public record Lesson(String id, Path file, String title, String idea, int minutes, int order, Path project,
                     SyntheticRecipe generate, String dataset, List<LessonStep> steps) {
    public static final String FILE_NAME = "lesson.json";

    public Lesson {
        steps = List.copyOf(steps);
    }

    /** The folder that holds the lesson file, its project and its data. */
    public Path folder() {
        return file.toAbsolutePath().getParent();
    }

    /** Where {@code generate}'s data goes: {@code data/} beside the lesson file. */
    public Path dataFolder() {
        return folder().resolve("data");
    }
}
