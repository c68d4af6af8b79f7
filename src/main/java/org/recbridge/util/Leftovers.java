package org.recbridge.util;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Temporary files and folders RecBridge writes before moving them into place, named
 * {@code .NAME.rb-PID-RANDOM.tmp}: hidden, with the writing process's id. A process killed mid-write (kill -9,
 * a power cut) leaves one behind; {@link #clean} removes those of processes no longer running (or older than a
 * day, when the id has since been reused) from a folder before writing into it, and nothing else: never a file
 * without our pattern, never one a running RecBridge is still writing.
 */
public final class Leftovers {
    /** The end of every temporary name. */
    public static final String SUFFIX = ".tmp";
    private static final String MARK = ".rb-";
    /** The part of the target's name kept in a temporary name: the name can be near the file system's limit. */
    private static final int NAME_PART = 40;
    private static final Pattern TEMPORARY = Pattern.compile("^\\..*\\.rb-(\\d+)-[^.]*\\.tmp$");
    private static final Duration OLD = Duration.ofDays(1);

    private Leftovers() {
    }

    /** The start of a temporary name for {@code name} (a random part and {@link #SUFFIX} follow). */
    public static String prefix(String name) {
        String part = name.length() > NAME_PART ? name.substring(0, NAME_PART) : name;
        return "." + part + MARK + ProcessHandle.current().pid() + "-";
    }

    /** A temporary folder for {@code name} in {@code parent}, with a name {@link #clean} recognises. */
    public static Path createFolder(Path parent, String name) throws IOException {
        Path dir = Files.createTempFile(parent, prefix(name), SUFFIX);
        Files.delete(dir);
        return Files.createDirectory(dir);
    }

    /**
     * Removes the temporary files and folders that processes no longer running left in {@code dir} (not below
     * it). A folder that does not exist has none.
     *
     * @return what was removed
     */
    public static List<Path> clean(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> stale;
        try (Stream<Path> list = Files.list(dir)) {
            stale = list.filter(Leftovers::isStale).toList();
        }
        List<Path> removed = new java.util.ArrayList<>();
        for (Path p : stale) {
            try {
                delete(p);
                removed.add(p);
            } catch (IOException e) {
                // best effort: a leftover that cannot be removed now is tried again on the next write
            }
        }
        return removed;
    }

    private static boolean isStale(Path p) {
        Matcher m = TEMPORARY.matcher(p.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).isPresent()) {
            try {
                return Files.getLastModifiedTime(p).toInstant().isBefore(Instant.now().minus(OLD));
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static void delete(Path p) throws IOException {
        if (!Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(p);
            return;
        }
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
