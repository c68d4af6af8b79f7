package org.recbridge.ui.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.Domain;
import org.recbridge.data.io.DomainImporter;
import org.recbridge.experiment.DomainImports;
import org.recbridge.experiment.DomainSource;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Domains already imported in this session, by what they were imported from (files, name and options), so
 * the domain the import dialog has just read is not read again for its summary, editing the experiment does
 * not re-import the data, and runs, diagnostics and learning curves start from the data screen's import
 * rather than reading the files again and holding a second copy. A domain whose files changed on disk since
 * (size or modification time) is read again. Called from background jobs, hence thread-safe.
 */
public final class ImportedDomains implements DomainImports {
    private final Map<DomainSource, Imported> domains = new ConcurrentHashMap<>();

    /** An import and the state of its files just before they were read. */
    private record Imported(DomainImporter.ImportResult result, List<Stamp> stamps) {
    }

    /** What tells a file changed: its size and modification time (null: the file was missing). */
    private record Stamp(Path file, Long size, FileTime modified) {
        static Stamp of(Path file) {
            try {
                return new Stamp(file, Files.size(file), Files.getLastModifiedTime(file));
            } catch (IOException e) {
                return new Stamp(file, null, null);
            }
        }

        boolean unchanged() {
            return equals(of(file));
        }
    }

    /** The domain for {@code source}, imported now (saying how far, until a cancel) unless it already was. */
    public Domain get(DomainSource source, ProgressListener progress, CancelToken cancel)
            throws IOException, DataFormatException {
        return importDomain(source, progress, cancel).domain();
    }

    /** The earlier import of {@code source} if its files are unchanged, else a new one (which is kept). */
    @Override
    public DomainImporter.ImportResult importDomain(DomainSource source, ProgressListener progress,
                                                    CancelToken cancel) throws IOException, DataFormatException {
        Imported known = domains.get(source);
        if (known != null && known.stamps().stream().allMatch(Stamp::unchanged)) {
            progress.progress(1, "unchanged since it was read, not read again");
            return known.result();
        }
        return importNow(source, progress, cancel);
    }

    /**
     * Imports {@code source} again (saying how far, until a cancel), whether known or not, and keeps it; the
     * summaries say what was read.
     */
    public DomainImporter.ImportResult importNow(DomainSource source, ProgressListener progress, CancelToken cancel)
            throws IOException, DataFormatException {
        // stamped before reading: a file changed while it is read is read again next time
        List<Stamp> stamps = new ArrayList<>();
        for (Path file : new Path[] {source.interactions(), source.users(), source.items()}) {
            if (file != null) {
                stamps.add(Stamp.of(file));
            }
        }
        DomainImporter.ImportResult result = FROM_FILES.importDomain(source, progress, cancel);
        domains.put(source, new Imported(result, List.copyOf(stamps)));
        return result;
    }

    /** Forgets the domains the project no longer uses; they can be large. */
    public void keepOnly(Set<DomainSource> inUse) {
        domains.keySet().retainAll(Objects.requireNonNull(inUse));
    }
}
