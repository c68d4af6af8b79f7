package org.recbridge;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.lesson.Lesson;
import org.recbridge.lesson.LessonReader;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Every JSON example of README.md (each {@code ```json} block) is what RecBridge reads: a lesson is read as
 * {@code generate --from} reads it; a whole project is read, validated and its data imported as a run would; a
 * fragment ({@code "strategies": [...]}) is put into the sample project in place of that field and checked the
 * same way. A block of another shape fails: the test must learn to check it.
 */
class ReadmeJsonExamplesTest {
    private static final Path SAMPLE = Path.of("sample-projects/movies-to-books");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Example(int line, String text) {
        @Override
        public String toString() {
            return "README.md line " + line;
        }
    }

    static Stream<Arguments> examples() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("```json")) {
                int start = i + 1;
                StringBuilder text = new StringBuilder();
                for (i = start; !lines.get(i).strip().equals("```"); i++) {
                    text.append(lines.get(i)).append('\n');
                }
                out.add(Arguments.of(new Example(start + 1, text.toString())));
            }
        }
        assertFalse(out.isEmpty(), "README.md has JSON examples");
        return out.stream();
    }

    private static void copySampleData(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        try (Stream<Path> data = Files.list(SAMPLE.resolve("data"))) {
            for (Path f : data.toList()) {
                Files.copy(f, dir.resolve("data").resolve(f.getFileName()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyJsonExampleIsReadAsWhatItShows(Example example, @TempDir Path dir) throws Exception {
        String text = example.text().strip();
        copySampleData(dir);
        String project;
        if (text.startsWith("{") && JSON.readTree(text).path("format").asText().equals(LessonReader.FORMAT)) {
            // a lesson: read and checked beside the sample project it opens
            Files.copy(SAMPLE.resolve("project.json"), dir.resolve("project.json"));
            Path lesson = Files.writeString(dir.resolve(Lesson.FILE_NAME), text);
            try {
                LessonReader.read(lesson);
            } catch (Exception e) {
                throw new AssertionError(example + " is refused: " + e.getMessage(), e);
            }
            return;
        } else if (text.startsWith("{")) {
            project = text; // a whole project file
        } else if (text.startsWith("\"")) {
            // a field of a project: the sample project with that field replaced
            ObjectNode sample = (ObjectNode) JSON.readTree(SAMPLE.resolve("project.json").toFile());
            sample.setAll((ObjectNode) JSON.readTree("{" + text + "}"));
            project = JSON.writeValueAsString(sample);
        } else {
            throw new AssertionError(example + ": a JSON example this test does not know how to check: " + text);
        }
        Path file = Files.writeString(dir.resolve("project.json"), project);
        try {
            Project read = ProjectIO.read(file);
            DataLoader.load(read, ProgressListener.none(), new CancelToken());
        } catch (Exception e) {
            throw new AssertionError(example + " is refused: " + e.getMessage(), e);
        }
    }
}
