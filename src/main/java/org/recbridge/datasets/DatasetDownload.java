package org.recbridge.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Downloads one archive into a temporary folder inside the cache, checks its SHA-256, unpacks it there and only
 * then moves the unpacked folder to its place in one atomic rename. A broken download, a wrong checksum or a
 * damaged archive therefore never leaves a cache entry behind: the temporary folder is deleted whatever happens.
 */
final class DatasetDownload {
    private static final int BUFFER = 64 * 1024;
    /** Progress lines at most this often (fractions of the archive), so a log stays short. */
    private static final double PROGRESS_STEP = 0.05;

    private DatasetDownload() {
    }

    static void fetch(PublicDataset dataset, Path root, Path destination, ProgressListener progress,
                      CancelToken cancel) throws DatasetException {
        Path work;
        try {
            Files.createDirectories(root);
            work = Files.createTempDirectory(root, ".download-" + dataset.id() + "-");
        } catch (IOException e) {
            throw new DatasetException("cannot create the data set cache " + root + ": " + e.getMessage());
        }
        try {
            Path unpacked = work.resolve("unpacked");
            if (dataset.isArchive()) {
                Path archive = work.resolve(dataset.archiveName());
                String sha = download(dataset.id(), dataset.url(), dataset.bytes(), archive, destination, progress,
                        cancel);
                check(dataset.archiveName(), dataset.url(), sha, dataset.sha256());
                ZipUnpacker.unpack(archive, unpacked, dataset.archiveName(), cancel);
                progress.progress(1, dataset.id() + ": checked and unpacked");
            } else {
                // every file is checked before any is kept: the folder appears whole, or not at all
                for (PublicDataset.RemoteFile f : dataset.downloads()) {
                    Path file = unpacked.resolve(f.name()).normalize();
                    createFolder(file.getParent(), destination);
                    String sha = download(dataset.id() + "/" + f.name(), dataset.urlOf(f), f.bytes(), file,
                            destination, progress, cancel);
                    check(f.name(), dataset.urlOf(f), sha, f.sha256());
                }
                progress.progress(1, dataset.id() + ": " + dataset.downloads().size() + " files checked");
            }
            moveIntoPlace(unpacked, destination);
        } finally {
            deleteQuietly(work);
        }
    }

    private static void createFolder(Path folder, Path destination) throws DatasetException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatasetException("cannot store the data set at " + destination + ": " + describe(e));
        }
    }

    private static void check(String name, java.net.URI url, String sha, String expected) throws DatasetException {
        if (!sha.equals(expected)) {
            throw new DatasetException(name + " from " + url + " has SHA-256 " + sha + ", expected " + expected
                    + ": the download is damaged or the file has changed; nothing was kept");
        }
    }

    /** Streams {@code url} ({@code what} in messages) to {@code file}, hashing as it goes; returns the SHA-256 in hex. */
    private static String download(String what, java.net.URI url, long bytes, Path file, Path destination,
                                   ProgressListener progress, CancelToken cancel) throws DatasetException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).GET().build();
        MessageDigest digest = sha256();
        long received = 0;
        long expected = bytes;
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(file)) {
                if (response.statusCode() != 200) {
                    throw new DatasetException("cannot download " + what + ": " + url
                            + " answered HTTP " + response.statusCode());
                }
                expected = response.headers().firstValueAsLong("Content-Length").orElse(expected);
                byte[] buffer = new byte[BUFFER];
                double reported = 0;
                progress.progress(0, "downloading " + what + " from " + url + " (" + megabytes(expected) + ")");
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    cancel.check();
                    out.write(buffer, 0, n);
                    digest.update(buffer, 0, n);
                    received += n;
                    double fraction = expected > 0 ? Math.min(1, received / (double) expected) : 0;
                    if (fraction - reported >= PROGRESS_STEP) {
                        reported = fraction;
                        progress.progress(fraction, String.format(Locale.ROOT, "downloading %s: %s of %s",
                                what, megabytes(received), megabytes(expected)));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatasetException("download of " + what + " was interrupted; nothing was kept");
        } catch (DatasetException e) {
            throw e;
        } catch (IOException e) {
            if (received == 0) {
                throw new DatasetException("cannot download " + what + " from " + url + ": "
                        + describe(e) + "; without internet, put the unpacked files in " + destination + " or set "
                        + DatasetStore.MIRROR_ENV);
            }
            throw new DatasetException("download of " + what + " from " + url + " broke off after "
                    + received + " of " + expected + " bytes: " + describe(e) + "; nothing was kept");
        }
        if (expected > 0 && received != expected) {
            throw new DatasetException("download of " + what + " from " + url + " broke off after "
                    + received + " of " + expected + " bytes; nothing was kept");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** One rename, so the entry appears whole or not at all; a concurrent download that won the race is kept. */
    private static void moveIntoPlace(Path unpacked, Path destination) throws DatasetException {
        try {
            Files.move(unpacked, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            if (!Files.isDirectory(destination)) {
                throw new DatasetException("cannot store the data set at " + destination + ": a file is in the way");
            }
        } catch (IOException e) {
            throw new DatasetException("cannot store the data set at " + destination + ": " + describe(e));
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort: a leftover temporary folder is never mistaken for a data set (its name starts with a dot)
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String megabytes(long bytes) {
        return bytes > 0 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6) : "size unknown";
    }

    /** The exception's own message, or its kind when it has none (HttpClient's connect failures often have none). */
    static String describe(Exception e) {
        if (e instanceof java.net.ConnectException && (e.getMessage() == null || e.getMessage().isBlank())) {
            return "no connection to the server";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
