package org.recbridge.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.recbridge.util.CancelToken;

/**
 * Unpacks a zip archive into a folder. When every entry sits in one top folder (ml-100k.zip holds ml-100k/...),
 * that folder is dropped, so a data set's files are directly in its cache folder. Entries that would land outside
 * the folder ("../x") are refused.
 */
final class ZipUnpacker {
    private ZipUnpacker() {
    }

    static void unpack(Path archive, Path into, String name, CancelToken cancel) throws DatasetException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                entries.add(e.nextElement());
            }
            if (entries.isEmpty()) {
                throw new DatasetException(name + " is an empty zip archive");
            }
            String top = commonTopFolder(entries);
            Files.createDirectories(into);
            for (ZipEntry entry : entries) {
                cancel.check();
                String relative = entry.getName().substring(top.length());
                if (relative.isEmpty()) {
                    continue;
                }
                Path target = into.resolve(relative).normalize();
                if (!target.startsWith(into)) {
                    throw new DatasetException(name + " holds \"" + entry.getName() + "\", which would be written "
                            + "outside the data set's folder; refused");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new DatasetException(name + " is not a readable zip archive: " + DatasetDownload.describe(e));
        } catch (DatasetException e) {
            throw e;
        } catch (IOException e) {
            throw new DatasetException("cannot unpack " + name + ": " + DatasetDownload.describe(e));
        }
    }

    /** "ml-100k/" if every entry is in that folder, else "". */
    private static String commonTopFolder(List<ZipEntry> entries) {
        String first = entries.get(0).getName();
        int slash = first.indexOf('/');
        if (slash <= 0) {
            return "";
        }
        String top = first.substring(0, slash + 1);
        return entries.stream().allMatch(e -> e.getName().startsWith(top)) ? top : "";
    }
}
