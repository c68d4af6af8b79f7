package org.recbridge.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a writer writes, so that an existing file of another kind is never silently replaced: a report replaces an
 * HTML file, scores replace a scores file; a project, a data file or anything else there is kept and the write
 * refused ({@link #problem}). An empty file may be replaced by any kind. {@link #ANY} is for files whose earlier
 * version is kept (results, copied to previous/ first; projects, kept as .bak), files the user confirmed in a save
 * dialog, files with names of our own inside our own folders (splits, models, generated data), and our backups.
 */
public enum OutputKind {
    REPORT("an HTML report"),
    SCORES("a scores file (user,item,score)"),
    ANY("a file");

    /** How much of an existing file is read to tell its kind. */
    private static final int HEAD = 4096;

    private final String description;

    OutputKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * Why {@code existing} (a regular file) must not be replaced by a file of this kind, or null when it may be:
     * it does not exist, is empty, or is of this kind.
     */
    public String problem(Path existing) throws IOException {
        if (this == ANY || !Files.isRegularFile(existing) || Files.size(existing) == 0) {
            return null;
        }
        String head = head(existing);
        if (accepts(head)) {
            return null;
        }
        return "already exists and is " + describe(head) + ", not " + description + "; it is kept as it is: give "
                + "another file name, or remove it first";
    }

    private boolean accepts(String head) {
        String lower = head.stripLeading().toLowerCase(Locale.ROOT);
        String firstLine = lower.lines().findFirst().orElse("").strip();
        return switch (this) {
            case REPORT -> lower.startsWith("<!doctype html") || lower.startsWith("<html");
            case SCORES -> firstLine.equals("user,item,score") || firstLine.equals("user,rank,item,score");
            case ANY -> true;
        };
    }

    /** What a file looks like, in words, from its first bytes. */
    static String describe(String head) {
        String lower = head.stripLeading().toLowerCase(Locale.ROOT);
        if (head.indexOf('\0') >= 0) {
            return "a binary file";
        }
        if (lower.startsWith("{")) {
            if (lower.contains("\"recbridge-model\"")) {
                return "a model manifest";
            }
            if (lower.contains("\"records\"")) {
                return "RecBridge results";
            }
            if (lower.contains("\"strategies\"") || lower.contains("\"learners\"") || lower.contains("\"target\"")
                    || lower.contains("\"splitdomain\"") || lower.contains("\"formatversion\"")) {
                return "a RecBridge project";
            }
            return "a JSON file";
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return "an HTML file";
        }
        String firstLine = lower.lines().findFirst().orElse("").strip();
        if (firstLine.equals("user,item,score") || firstLine.equals("user,rank,item,score")) {
            return "a scores file";
        }
        if (firstLine.startsWith("strategy,learner,seed,group")) {
            return "RecBridge results (CSV)";
        }
        return "a data or text file";
    }

    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
        }
    }
}
