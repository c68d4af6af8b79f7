package org.recbridge.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.Domain;
import org.recbridge.data.Interactions;
import org.recbridge.data.Linking;
import org.recbridge.data.io.DomainImporter;
import org.recbridge.data.io.DomainSplitter;
import org.recbridge.data.io.ImportSummary;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Imports a project's domains: separate source and target files, or one data set split by an item attribute;
 * then applies the project's {@link org.recbridge.data.Linking} to the source ids. Public data sets the project
 * names ({@code dataset:ID/FILE}) are downloaded first if not in the cache.
 */
public final class DataLoader {
    private DataLoader() {
    }

    public static LoadedData load(Project project, ProgressListener progress, CancelToken cancel)
            throws IOException, DataFormatException {
        return load(project, DomainImports.FROM_FILES, progress, cancel);
    }

    /** As {@link #load(Project, ProgressListener, CancelToken)}, each domain from {@code imports}. */
    public static LoadedData load(Project project, DomainImports imports, ProgressListener progress,
                                  CancelToken cancel) throws IOException, DataFormatException {
        ProjectDatasets.fetchMissing(project, progress, cancel);
        List<String> notes = new ArrayList<>(project.notes());
        if (project.split() != null) {
            Project.AttributeSplit s = project.split();
            String file = "importing " + s.data().interactions().getFileName();
            progress.progress(0, file);
            Domain whole = importDomain(imports, s.data(), notes, progress.stage(0, 1, file + ": "), cancel);
            DomainSplitter.SplitResult parts = DomainSplitter.splitByItemAttribute(whole, s.column(), s.sourceValue(),
                    s.targetValue());
            notes.add(String.format("split by %s: source %s (%d interactions), target %s (%d interactions); "
                            + "%d items in both left out (%d interactions)", s.column(), s.sourceValue(),
                    parts.source().interactions().size(), s.targetValue(), parts.target().interactions().size(),
                    parts.itemsInBoth(), parts.droppedInteractions()));
            return linked(project, List.of(parts.source()), parts.target(), notes);
        }
        List<Domain> sources = new ArrayList<>();
        int total = project.sources().size() + 1;
        for (int i = 0; i < project.sources().size(); i++) {
            cancel.check();
            DomainSource source = project.sources().get(i);
            String file = "importing " + source.interactions().getFileName();
            progress.progress(i / (double) total, file);
            sources.add(importDomain(imports, source, notes,
                    progress.stage(i / (double) total, (i + 1) / (double) total, file + ": "), cancel));
        }
        cancel.check();
        String file = "importing " + project.target().interactions().getFileName();
        progress.progress((total - 1) / (double) total, file);
        Domain target = importDomain(imports, project.target(), notes,
                progress.stage((total - 1) / (double) total, 1, file + ": "), cancel);
        progress.progress(1, "imported");
        return linked(project, sources, target, notes);
    }

    private static LoadedData linked(Project project, List<Domain> sources, Domain target, List<String> notes) {
        notes.add("linking: " + project.linking().describe());
        List<Domain> linked = new ArrayList<>();
        for (Domain source : project.linking().apply(sources)) {
            linked.add(withoutTargetPairs(source, target, project.linking(), notes));
        }
        return new LoadedData(linked, target, notes);
    }

    /**
     * The source without the (user, item) pairs the target holds too, after linking: those would put the target's
     * test rows into training and report a leak as transfer. A source made only of target pairs is the target's
     * data, and is refused.
     */
    private static Domain withoutTargetPairs(Domain source, Domain target, Linking linking, List<String> notes) {
        Interactions rows = source.interactions();
        Interactions kept = rows.withoutPairsOf(target.interactions());
        if (kept == rows) {
            return source;
        }
        int removed = rows.size() - kept.size();
        if (kept.size() == 0) {
            throw new IllegalArgumentException(String.format("source %s: every one of its %,d rows is a (user, item) "
                    + "pair of the target %s (linking %s): it is the target's data, which would put the target's test "
                    + "rows into training; give a source of other interactions", source.name(), rows.size(),
                    target.name(), linking.describe()));
        }
        notes.add(String.format("source %s: removed %,d of its %,d rows whose (user, item) pair is also in the target "
                + "%s (linking %s), so that no target test row is trained on", source.name(), removed, rows.size(),
                target.name(), linking.describe()));
        return new Domain(source.name(), kept, source.userFeatures(), source.itemFeatures());
    }

    private static Domain importDomain(DomainImports imports, DomainSource d, List<String> notes,
                                       ProgressListener progress, CancelToken cancel)
            throws IOException, DataFormatException {
        DomainImporter.ImportResult result = imports.importDomain(d, progress, cancel);
        for (ImportSummary s : result.summaries()) {
            notes.add(d.name() + ": " + s.toLine());
        }
        return result.domain();
    }
}
