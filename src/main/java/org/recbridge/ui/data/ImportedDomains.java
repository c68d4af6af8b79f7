package org.recbridge.ui.data;

import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.Domain;
import org.recbridge.data.io.DomainImporter;
import org.recbridge.experiment.DomainSource;

/**
 * Domains already imported in this session, by what they were imported from (files, name and options), so
 * the domain the import dialog has just read is not read again for its summary, and editing the experiment
 * does not re-import the data. Called from background jobs, hence thread-safe.
 */
public final class ImportedDomains {
    private final Map<DomainSource, Domain> domains = new ConcurrentHashMap<>();

    /** The domain for {@code source}, imported now (saying how far, until a cancel) unless it already was. */
    public Domain get(DomainSource source, ProgressListener progress, CancelToken cancel)
            throws IOException, DataFormatException {
        Domain known = domains.get(source);
        return known != null ? known : importNow(source, progress, cancel).domain();
    }

    /**
     * Imports {@code source} again (saying how far, until a cancel), whether known or not, and keeps it; the
     * summaries say what was read.
     */
    public DomainImporter.ImportResult importNow(DomainSource source, ProgressListener progress, CancelToken cancel)
            throws IOException, DataFormatException {
        DomainImporter.ImportResult result = DomainImporter.importDomain(source.name(), source.interactions(),
                source.users(), source.items(), source.options(), progress, cancel);
        domains.put(source, result.domain());
        return result;
    }

    /** Forgets the domains the project no longer uses; they can be large. */
    public void keepOnly(Set<DomainSource> inUse) {
        domains.keySet().retainAll(inUse);
    }
}
