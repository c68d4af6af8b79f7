package org.recbridge.ui.data;

import java.nio.file.Path;
import java.util.List;
import org.recbridge.ui.common.DialogService;

/** What the data dialogs offer when choosing files, and the name they suggest for a file's domain. */
public final class DataFiles {
    /** The names the importers read (delimited, MovieLens, RecBole), then anything. */
    public static final List<DialogService.FileFilter> FILTERS = List.of(
            new DialogService.FileFilter("Data files", List.of("*.csv", "*.tsv", "*.txt", "*.dat", "*.data",
                    "*.inter", "*.user", "*.item", "u.*")),
            new DialogService.FileFilter("All files", List.of("*")));

    private DataFiles() {
    }

    /** "movies" for movies.csv. */
    static String stem(Path path) {
        String n = path.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
