package org.recbridge.ui.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recbridge.datasets.DatasetReference;
import org.recbridge.experiment.ProjectFile;

/**
 * Data paths in a project file are relative to the file, so saving it in another folder must rewrite them
 * to keep pointing at the same data.
 */
final class DataPathRebase {
    private DataPathRebase() {
    }

    /** Rewrites every relative data path of {@code project} from folder {@code from} to folder {@code to}. */
    static void rebase(ProjectFile project, Path from, Path to) {
        Path fromDir = from.toAbsolutePath().normalize();
        Path toDir = to.toAbsolutePath().normalize();
        if (fromDir.equals(toDir)) {
            return;
        }
        for (ProjectFile.DomainSpec d : domains(project)) {
            d.interactions = rebase(d.interactions, fromDir, toDir);
            d.users = rebase(d.users, fromDir, toDir);
            d.items = rebase(d.items, fromDir, toDir);
        }
    }

    private static List<ProjectFile.DomainSpec> domains(ProjectFile project) {
        List<ProjectFile.DomainSpec> all = new ArrayList<>(project.sources);
        if (project.target != null) {
            all.add(project.target);
        }
        if (project.splitDomain != null && project.splitDomain.data != null) {
            all.add(project.splitDomain.data);
        }
        all.removeIf(d -> d == null);
        return all;
    }

    private static String rebase(String path, Path fromDir, Path toDir) {
        // a public data set's file (dataset:ID/FILE) lives in the cache, wherever the project goes
        if (path == null || path.isBlank() || DatasetReference.isReference(path) || Path.of(path).isAbsolute()) {
            return path;
        }
        Path file = fromDir.resolve(path).normalize();
        if (file.getRoot() == null || !file.getRoot().equals(toDir.getRoot())) {
            return file.toString(); // another drive: no relative path exists
        }
        // forward slashes, so a project saved on Windows still runs elsewhere
        return toDir.relativize(file).toString().replace('\\', '/');
    }
}
