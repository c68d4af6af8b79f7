package org.recbridge.datasets;

import java.net.URI;
import java.util.List;

/**
 * A public data set RecBridge can download: one zip archive, checked by its SHA-256 before it is unpacked.
 *
 * @param bytes the archive's size, for the progress line (0 if unknown)
 * @param terms the licence or terms of use, shown when listing
 * @param files the files a project may name inside the unpacked archive
 */
public record PublicDataset(String id, String title, URI url, long bytes, String sha256, String terms,
                            List<String> files) {
    public PublicDataset {
        files = List.copyOf(files);
        sha256 = sha256.toLowerCase(java.util.Locale.ROOT);
    }

    /** The archive's file name, the last part of its URL. */
    public String archiveName() {
        String path = url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The same data set downloaded from {@code base} (a mirror): the archive's name is appended to it. */
    public PublicDataset mirroredAt(String base) {
        URI mirrored = URI.create(base.endsWith("/") ? base : base + "/").resolve(archiveName());
        return new PublicDataset(id, title, mirrored, bytes, sha256, terms, files);
    }
}
