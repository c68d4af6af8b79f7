package org.recbridge.util;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file operation failed, in a few words a person can act on ("permission denied", "no space left on
 * device"). Java's own messages repeat the path, sometimes twice, and some carry no reason at all.
 */
public final class IoProblems {
    private IoProblems() {
    }

    public static String reason(IOException e) {
        String text = (e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage())).toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access is denied")) {
            return text.contains("read-only") ? "read-only file system" : "permission denied";
        }
        if (text.contains("read-only file system")) {
            return "read-only file system";
        }
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk quota")) {
            return "no space left on device";
        }
        if (text.contains("file name too long")) {
            return "the name is too long for the file system";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException || text.contains("not a directory")) {
            return "a part of the path is a file, not a folder";
        }
        if (text.contains("is a directory")) {
            return "it is a folder";
        }
        String plain = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return plain == null ? e.getClass().getSimpleName() : plain;
    }

    /** The path a failure is about, when Java says so. */
    public static String file(IOException e) {
        return e instanceof FileSystemException f ? f.getFile() : null;
    }
}
