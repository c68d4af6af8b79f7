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

    /**
     * File names that say nothing of what a data set holds (MovieLens's u.data and ratings.dat, RecBole-style
     * train files): their folder names the data set instead.
     */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("u", "ua", "ub", "ratings", "rating",
            "data", "interactions", "inter", "train", "test", "valid", "events", "reviews");

    private DataFiles() {
    }

    /** "movies" for movies.csv. */
    private static String stem(Path path) {
        String n = path.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * The name a domain read from {@code path} is given: the file's name without its extension, or the folder's
     * when the file's name says nothing ("ml-100k" for ml-100k/u.data, "movies" for movies.csv).
     */
    static String suggestedName(Path path) {
        String stem = stem(path);
        Path folder = path.toAbsolutePath().getParent();
        boolean generic = GENERIC.contains(stem.toLowerCase(java.util.Locale.ROOT)) || stem.matches("u\\d");
        return generic && folder != null && folder.getFileName() != null ? folder.getFileName().toString() : stem;
    }
}
