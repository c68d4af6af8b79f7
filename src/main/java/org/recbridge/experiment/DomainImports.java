package org.recbridge.experiment;

import java.io.IOException;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.io.DomainImporter;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Where a loaded project's domains come from: read from their files now ({@link #FROM_FILES}, the command line),
 * or a session's earlier imports of the same unchanged files (the workbench, which has read them for its data
 * screen already).
 */
@FunctionalInterface
public interface DomainImports {
    DomainImports FROM_FILES = (source, progress, cancel) -> DomainImporter.importDomain(source.name(),
            source.interactions(), source.users(), source.items(), source.options(), progress, cancel);

    /** The domain of {@code source} with the summaries of its files, saying how far it got until a cancel. */
    DomainImporter.ImportResult importDomain(DomainSource source, ProgressListener progress, CancelToken cancel)
            throws IOException, DataFormatException;
}
