package org.recbridge.datasets;

import java.net.URI;
import java.util.List;

/**
 * A public data set RecBridge can download: one zip archive, checked by its SHA-256 before it is unpacked, or
 * (for benchmarks published as loose files in a repository, pinned to a commit) several files, each checked by
 * its own SHA-256.
 *
 * @param url       the archive, or for loose files the folder their names are resolved against
 * @param bytes     the archive's size, or the files' total, for the progress line (0 if unknown)
 * @param sha256    the archive's SHA-256; empty for loose files (each has its own)
 * @param terms     the licence or terms of use, shown when listing
 * @param files     the files a project may name inside the unpacked archive, or the loose files' names
 * @param downloads the loose files, downloaded one by one; empty for an archive
 */
public record PublicDataset(String id, String title, URI url, long bytes, String sha256, String terms,
                            List<String> files, List<RemoteFile> downloads) {
    /** One loose file: its name in the data set's folder (and under {@code url}), size and SHA-256. */
    public record RemoteFile(String name, long bytes, String sha256) {
        public RemoteFile {
            sha256 = sha256.toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PublicDataset {
        files = List.copyOf(files);
        downloads = List.copyOf(downloads);
        sha256 = sha256.toLowerCase(java.util.Locale.ROOT);
    }

    /** A data set in one zip archive. */
    public PublicDataset(String id, String title, URI url, long bytes, String sha256, String terms, List<String> files) {
        this(id, title, url, bytes, sha256, terms, files, List.of());
    }

    /** A data set of loose files under {@code folder} (which ends with a slash). */
    public static PublicDataset looseFiles(String id, String title, URI folder, String terms, List<RemoteFile> files) {
        return new PublicDataset(id, title, folder, files.stream().mapToLong(RemoteFile::bytes).sum(), "", terms,
                files.stream().map(RemoteFile::name).toList(), files);
    }

    public boolean isArchive() {
        return downloads.isEmpty();
    }

    /** Where a loose file is downloaded from. */
    public URI urlOf(RemoteFile file) {
        return url.resolve(file.name());
    }

    /** The archive's file name, the last part of its URL. */
    public String archiveName() {
        String path = url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The same data set downloaded from {@code base} (a mirror): the archive's name is appended to it, or for loose
     * files the data set's id and then each file's name ({@code BASE/ID/game_video/train.txt}).
     */
    public PublicDataset mirroredAt(String base) {
        URI root = URI.create(base.endsWith("/") ? base : base + "/");
        if (!isArchive()) {
            return new PublicDataset(id, title, root.resolve(id + "/"), bytes, sha256, terms, files, downloads);
        }
        return new PublicDataset(id, title, root.resolve(archiveName()), bytes, sha256, terms, files, downloads);
    }
}
