package org.recbridge.data.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.Domain;
import org.recbridge.data.FeatureTable;
import org.recbridge.data.ImportOptions;
import org.recbridge.data.Interactions;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** Imports one domain: an interaction file plus optional user and item side tables. */
public final class DomainImporter {
    private DomainImporter() {
    }

    /** The imported domain and one summary per file read: interactions, then users, then items. */
    public record ImportResult(Domain domain, List<ImportSummary> summaries) {
    }

    /**
     * Uses {@code options} as given for the interaction file. Its format and role overrides name that file's
     * columns, so the side tables are read with format "auto" and no overrides (same duplicate and
     * bad-row settings); use the other overload to set them per file.
     *
     * @param userFeatures nullable
     * @param itemFeatures nullable
     */
    public static ImportResult importDomain(String name, Path interactions, Path userFeatures, Path itemFeatures,
                                            ImportOptions options, ProgressListener progress, CancelToken cancel)
            throws IOException, DataFormatException {
        ImportOptions side = new ImportOptions("auto", Map.of(), options.duplicates(), options.skipBadRows());
        return importDomain(name, interactions, options, userFeatures, side, itemFeatures, side, progress, cancel);
    }

    /**
     * Every file with its own options; a null path skips that side table. Progress and a cancel are those of the
     * interaction file's import (side tables are small).
     */
    public static ImportResult importDomain(String name, Path interactions, ImportOptions interactionOptions,
                                            Path userFeatures, ImportOptions userOptions,
                                            Path itemFeatures, ImportOptions itemOptions, ProgressListener progress,
                                            CancelToken cancel)
            throws IOException, DataFormatException {
        List<ImportSummary> summaries = new ArrayList<>();
        Imported<Interactions> inter = InteractionImporter.importFile(interactions, interactionOptions, progress,
                cancel);
        summaries.add(inter.summary());
        FeatureTable users = side(userFeatures, ColumnRole.USER, userOptions, summaries);
        FeatureTable items = side(itemFeatures, ColumnRole.ITEM, itemOptions, summaries);
        return new ImportResult(new Domain(name, inter.value(), users, items), List.copyOf(summaries));
    }

    private static FeatureTable side(Path file, ColumnRole side, ImportOptions options, List<ImportSummary> summaries)
            throws IOException, DataFormatException {
        if (file == null) {
            return null;
        }
        Imported<FeatureTable> table = FeatureTableImporter.importFile(file, side, options);
        summaries.add(table.summary());
        return table.value();
    }
}
