package org.recbridge.datasets;

import java.nio.file.Path;

/**
 * A file of a public data set named in a project instead of a path: {@code dataset:ID/FILE}, e.g.
 * {@code dataset:ml-100k/u.data}. It resolves to the file in the data set cache; {@code run} downloads the data
 * set there on first use.
 */
public record DatasetReference(String id, String file) {
    public static final String PREFIX = "dataset:";

    public static boolean isReference(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** @throws IllegalArgumentException saying what the syntax is */
    public static DatasetReference parse(String value) {
        String rest = value.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new IllegalArgumentException("\"" + value + "\" is not a data set file; write dataset:ID/FILE, "
                    + "e.g. dataset:ml-100k/u.data (`recbridge datasets` lists the ids)");
        }
        return new DatasetReference(rest.substring(0, slash), rest.substring(slash + 1));
    }

    /** The file's place in the store's cache, once the id and the file are checked against the catalogue. */
    public Path resolve(DatasetStore store) {
        PublicDataset dataset = store.catalogue().byId(id);
        if (!dataset.files().isEmpty() && !dataset.files().contains(file)) {
            throw new IllegalArgumentException("data set " + id + " has no file \"" + file + "\"; its files: "
                    + String.join(", ", dataset.files()));
        }
        Path location = store.location(id);
        Path resolved = location.resolve(file).normalize();
        if (!resolved.startsWith(location)) {
            throw new IllegalArgumentException("\"" + file + "\" leaves the folder of data set " + id);
        }
        return resolved;
    }
}
