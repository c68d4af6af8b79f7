package org.recbridge.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.recbridge.datasets.DatasetException;
import org.recbridge.datasets.DatasetStore;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * The public data sets a project's files come from ({@code dataset:ID/FILE} resolves into the data set cache), so
 * that they can be downloaded on first use, before importing.
 */
public final class ProjectDatasets {
    private ProjectDatasets() {
    }

    /** Ids of the data sets the project uses that are not in the cache yet. */
    public static List<String> missing(Project project) throws DatasetException {
        DatasetStore store = DatasetStore.fromEnvironment();
        return used(project, store).stream().filter(id -> !store.isPresent(id)).toList();
    }

    /** Downloads every data set the project uses that is not in the cache. */
    public static void fetchMissing(Project project, ProgressListener progress, CancelToken cancel)
            throws DatasetException {
        DatasetStore store = DatasetStore.fromEnvironment();
        for (String id : used(project, store)) {
            if (!store.isPresent(id)) {
                store.get(id, progress, cancel);
            }
        }
    }

    private static Set<String> used(Project project, DatasetStore store) {
        List<DomainSource> domains = new ArrayList<>(project.sources());
        if (project.target() != null) {
            domains.add(project.target());
        }
        if (project.split() != null) {
            domains.add(project.split().data());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (DomainSource d : domains) {
            for (Path p : new Path[] {d.interactions(), d.users(), d.items()}) {
                String id = p == null ? null : store.datasetOf(p);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
