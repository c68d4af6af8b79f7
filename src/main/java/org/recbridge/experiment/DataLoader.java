package org.recbridge.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.Domain;
import org.recbridge.data.Interactions;
import org.recbridge.data.Linking;
import org.recbridge.data.io.DomainImporter;
import org.recbridge.data.io.DomainSplitter;
import org.recbridge.data.io.ImportSummary;
import org.recbridge.task.GivenFiles;
import org.recbridge.task.GivenSplit;
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
            return linked(project, List.of(parts.source()), parts.target(), notes, null);
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
        GivenFiles files = project.protocol().given();
        if (files == null) {
            progress.progress(1, "imported");
            return linked(project, sources, target, notes, null);
        }
        DomainSource t = project.target();
        Domain validation = importDomain(imports, new DomainSource(t.name(), files.validationFile(), null, null,
                t.options()), notes, ProgressListener.none(), cancel);
        Domain test = importDomain(imports, new DomainSource(t.name(), files.testFile(), null, null, t.options()), notes,
                ProgressListener.none(), cancel);
        progress.progress(1, "imported");
        Set<String> cold = files.coldUsersFile() == null ? null : ColdUsersFile.read(files.coldUsersFile());
        GivenSplit given = new GivenSplit(byUser(validation.interactions()), byUser(test.interactions()), cold);
        Domain whole = new Domain(target.name(), concatenated(target.interactions(), validation.interactions(),
                test.interactions()), target.userFeatures(), target.itemFeatures());
        notes.add(String.format("given split: %d training, %d validation and %d test rows from the files%s",
                target.interactions().size(), validation.interactions().size(), test.interactions().size(),
                whole.interactions().size() < target.interactions().size() + validation.interactions().size()
                        + test.interactions().size() ? "; pairs in two files count in the later one (test before "
                        + "validation before training)" : ""));
        return linked(project, sources, whole, notes, given);
    }

    private static LoadedData linked(Project project, List<Domain> sources, Domain target, List<String> notes,
                                     GivenSplit given) {
        notes.add("linking: " + project.linking().describe());
        List<Domain> linked = new ArrayList<>();
        List<Domain> applied = project.linking().apply(sources);
        for (int s = 0; s < applied.size(); s++) {
            Domain source = withoutTargetPairs(applied.get(s), target, project.linking(), notes);
            if (source == applied.get(s)) { // linking kept the target's rows apart: are they there all the same?
                refuseCopyOfTarget(sources.get(s), target, project.linking());
            }
            linked.add(source);
        }
        return new LoadedData(linked, target, notes, given);
    }

    private static Map<String, Set<String>> byUser(Interactions in) {
        Map<String, Set<String>> out = new HashMap<>();
        for (int r = 0; r < in.size(); r++) {
            out.computeIfAbsent(in.userId(r), u -> new HashSet<>()).add(in.itemId(r));
        }
        return out;
    }

    /** One domain's rows from the split's three files, for its catalogue, statistics and diagnostics. */
    private static Interactions concatenated(Interactions... parts) {
        Interactions out = new Interactions(parts[0].duplicatePolicy());
        for (Interactions in : parts) {
            for (int r = 0; r < in.size(); r++) {
                out.add(in.userId(r), in.itemId(r), in.rating(r), in.time(r));
            }
        }
        out.compact();
        return out;
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

    /**
     * Refuses a source that holds most of the target's rows under the same names (a copy of the target file under
     * another name) when linking keeps its items apart from the target's, so that no pair was removed: the source
     * would still hand each user's held-out ratings to training, through the user's id and profile.
     */
    private static void refuseCopyOfTarget(Domain source, Domain target, Linking linking) {
        int same = source.interactions().rowsAlsoIn(target.interactions());
        int rows = target.interactions().size();
        if (rows > 0 && same * 2L >= rows) {
            throw new IllegalArgumentException(String.format("source %s: %,d of the target %s's %,d rows are in it "
                    + "too, with the same user, item and rating; linking (%s) keeps them apart as other items, but a "
                    + "copy of the target's data still puts its test ratings into training; give a source of other "
                    + "interactions", source.name(), same, target.name(), rows, linking.describe()));
        }
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
