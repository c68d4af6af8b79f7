package org.recbridge.util;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one way RecBridge writes a file. A regular file is written to a temporary file beside it and moved into
 * place in one step, so that a failure (a full disk, a killed process) leaves the earlier file as it was instead
 * of a truncated one. A symbolic link is followed: its target is written, in one step where that is a regular
 * file. A device or a named pipe ({@code /dev/null}, {@code >(gzip)}) is written directly: a temporary file
 * renamed over it would replace it. A folder is refused. An existing file of another {@link OutputKind} is never
 * replaced. Temporary names are {@link Leftovers}'s, so what a killed process leaves is recognised and removed by
 * the next write into the same folder.
 */
public final class AtomicFile {
    /** Writes the content to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes text to the writer it is given. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** How many links are followed before a loop of links is assumed. */
    private static final int MAX_LINKS = 40;

    private AtomicFile() {
    }

    /** Writes {@code target} in one step, as UTF-8 text, over a file of any kind (see {@link OutputKind#ANY}). */
    public static void writeText(Path target, Text text) throws IOException {
        writeText(target, OutputKind.ANY, text);
    }

    /** Writes {@code target} in one step, as UTF-8 text, refusing to replace a file of another kind. */
    public static void writeText(Path target, OutputKind kind, Text text) throws IOException {
        write(target, kind, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            text.writeTo(w);
            w.flush();
        });
    }

    /** Writes {@code target} in one step, over a file of any kind. */
    public static void write(Path target, Content content) throws IOException {
        write(target, OutputKind.ANY, content);
    }

    /** Writes {@code target} in one step, refusing to replace a file of another kind. */
    public static void write(Path target, OutputKind kind, Content content) throws IOException {
        stage(target, kind, content, UnaryOperator.identity()).commit();
    }

    /** As {@link #stage(Path, OutputKind, Content, UnaryOperator)} over a file of any kind. */
    public static Staged stage(Path target, Content content, UnaryOperator<OutputStream> wrap) throws IOException {
        return stage(target, OutputKind.ANY, content, wrap);
    }

    /**
     * Writes the content to a temporary file in the folder of {@code target} (or of the file a link there points
     * to: same file system, so the move is a rename), or straight into a device or pipe. {@code wrap} wraps the
     * file's stream: tests use it to make a write fail midway.
     *
     * @throws IOException naming {@code target} and the reason; no temporary file is left behind
     */
    public static Staged stage(Path target, OutputKind kind, Content content, UnaryOperator<OutputStream> wrap)
            throws IOException {
        Path real = resolve(target);
        if (Files.isDirectory(real)) {
            throw new FileProblemException("cannot write " + target + ": it is a folder");
        }
        String refused = kind.problem(real);
        if (refused != null) {
            throw new FileProblemException("not written: " + target + " " + refused);
        }
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            try (OutputStream out = wrap.apply(Files.newOutputStream(real, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            } catch (IOException e) {
                throw new FileProblemException("cannot write " + target + ": " + IoProblems.reason(e), e);
            }
            return new Staged(null, real, target);
        }
        Path dir = real.toAbsolutePath().getParent();
        Path temp;
        try {
            Leftovers.clean(dir);
            temp = Files.createTempFile(dir, Leftovers.prefix(real.getFileName().toString()), Leftovers.SUFFIX);
        } catch (IOException e) {
            throw failure(target, real, e);
        }
        try (OutputStream out = wrap.apply(Files.newOutputStream(temp))) {
            content.writeTo(out);
            shareLike(temp, real);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw failure(target, real, e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Staged(temp, real, target);
    }

    /**
     * The file a write of {@code target} goes to: {@code target} itself, or where its symbolic links lead (a link
     * to a file not yet there leads to that new file).
     */
    public static Path resolve(Path target) throws FileProblemException {
        Path p = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileProblemException("cannot write " + target + ": too many levels of symbolic links");
            }
            try {
                p = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
            } catch (IOException e) {
                throw new FileProblemException("cannot write " + target + ": " + IoProblems.reason(e), e);
            }
        }
        return p;
    }

    /**
     * A temporary file is created readable by its owner only; results, reports and projects are meant to be
     * shared, so the file gets the permissions of the file it replaces, or rw-r--r-- for a new one.
     */
    private static void shareLike(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.isRegularFile(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static IOException failure(Path target, Path real, IOException e) {
        return new FileProblemException("cannot write " + target + ": " + IoProblems.reason(e)
                + (Files.isRegularFile(real) ? "; the earlier " + target.getFileName() + " is unchanged" : ""), e);
    }

    /** A written temporary file waiting to replace its target, or a device already written. */
    public static final class Staged {
        private final Path temp;
        private final Path real;
        private final Path target;

        private Staged(Path temp, Path real, Path target) {
            this.temp = temp;
            this.real = real;
            this.target = target;
        }

        /** The file as the caller named it. */
        public Path target() {
            return target;
        }

        public void commit() throws IOException {
            if (temp == null) {
                return;
            }
            try {
                try {
                    Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                discard();
                throw failure(target, real, e);
            }
        }

        /** Removes the temporary file; the target is left as it was. */
        public void discard() throws IOException {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
