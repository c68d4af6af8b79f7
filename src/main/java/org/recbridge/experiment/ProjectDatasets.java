package org.recbridge.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recbridge.datasets.DatasetException;
import org.recbridge.datasets.DatasetStore;
import org.recbridge.datasets.PublicDataset;
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

    /**
     * Why the domain's files cannot be read yet, when they belong to a public data set not downloaded so far (a
     * sample project before its first run): e.g. "The public data set ml-100k (4.9 MB) is not downloaded yet: Run
     * downloads it ...". Null when every file of the domain can be looked for.
     */
    public static String notDownloaded(DomainSource domain) throws DatasetException {
        DatasetStore store = DatasetStore.fromEnvironment();
        for (String id : used(List.of(domain), store)) {
            if (!store.isPresent(id)) {
                return String.format(Locale.ROOT, "The public data set %s (%.1f MB) is not downloaded yet: Run "
                        + "downloads it into the data set cache (%s), then its counts show here", id,
                        store.catalogue().byId(id).bytes() / 1e6, store.root());
            }
        }
        return null;
    }

    /** The ids of the public data sets in the cache now (a few folder look-ups); none if the cache is misconfigured. */
    public static List<String> downloaded() {
        try {
            DatasetStore store = DatasetStore.fromEnvironment();
            return store.catalogue().all().stream().map(PublicDataset::id).filter(store::isPresent).toList();
        } catch (DatasetException e) {
            return List.of();
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
        return used(domains, store);
    }

    private static Set<String> used(List<DomainSource> domains, DatasetStore store) {
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
