package org.recbridge.ui.project;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.recbridge.experiment.ProjectIO;

/**
 * Finds the sample-projects folder: in the working directory when started from the source tree, else next
 * to the jar or one folder up (target/recbridge.jar sits in the source tree's target/).
 */
public final class SampleProjects {
    public static final String FOLDER = "sample-projects";
    public static final String DEFAULT = "movies-to-books";

    private SampleProjects() {
    }

    public static Optional<Path> folder() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(FOLDER));
        jarFolder().ifPresent(dir -> {
            candidates.add(dir.resolve(FOLDER));
            if (dir.getParent() != null) {
                candidates.add(dir.getParent().resolve(FOLDER));
            }
        });
        return candidates.stream().filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).findFirst();
    }

    /** The project.json of every sample folder, by folder name. */
    public static List<Path> list(Path folder) {
        try (Stream<Path> dirs = Files.list(folder)) {
            return dirs.map(d -> d.resolve(ProjectIO.FILE_NAME)).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The project opened at start: movies-to-books, if the samples can be found. */
    public static Optional<Path> defaultProject() {
        return folder().map(f -> f.resolve(DEFAULT).resolve(ProjectIO.FILE_NAME)).filter(Files::isRegularFile);
    }

    private static Optional<Path> jarFolder() {
        try {
            Path code = Path.of(SampleProjects.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(code.getParent());
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            return Optional.empty(); // no jar location known: the working directory alone is searched
        }
    }
}
