package org.recbridge.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.recbridge.datasets.DatasetException;
import org.recbridge.experiment.ProjectDatasets;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Makes a lesson's data: generated from its {@code generate} settings into {@code data/} beside the lesson file
 * (the same settings write the same bytes), or its public data set downloaded into the data set cache.
 */
public final class LessonData {
    private LessonData() {
    }

    /** The generated files the lesson needs that are not there (none for a data set lesson). */
    public static List<Path> missingFiles(Lesson lesson) {
        if (lesson.generate() == null) {
            return List.of();
        }
        return lesson.generate().fileNames().stream().map(lesson.dataFolder()::resolve)
                .filter(p -> !Files.isRegularFile(p)).toList();
    }

    /**
     * Writes the lesson's generated data again, replacing the files there (each written whole, then moved into
     * place); returns the files written.
     *
     * @throws IllegalArgumentException for a lesson whose data is a public data set
     */
    public static List<Path> generate(Lesson lesson) throws IOException {
        if (lesson.generate() == null) {
            throw new IllegalArgumentException(lesson.id() + " uses the public data set " + lesson.dataset()
                    + ": it is downloaded on first use (or with: recbridge datasets get " + lesson.dataset()
                    + "), not generated");
        }
        return lesson.generate().write(lesson.dataFolder());
    }

    /**
     * Makes whatever of the lesson's data is missing: generates its files if any is missing, or downloads its data
     * set if it is not in the cache (with progress; {@code cancel} stops a download). Returns true when anything
     * was made.
     */
    public static boolean ensure(Lesson lesson, ProgressListener progress, CancelToken cancel)
            throws IOException, DatasetException, ProjectException {
        if (lesson.generate() != null) {
            if (missingFiles(lesson).isEmpty()) {
                return false;
            }
            progress.progress(0, "generating the data of lesson " + lesson.id());
            cancel.check();
            generate(lesson);
            progress.progress(1, "generated the data of lesson " + lesson.id());
            return true;
        }
        var project = ProjectIO.read(lesson.project());
        if (ProjectDatasets.missing(project).isEmpty()) {
            return false;
        }
        ProjectDatasets.fetchMissing(project, progress, cancel);
        return true;
    }
}
