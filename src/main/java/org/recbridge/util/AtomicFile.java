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
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A file written to a temporary file beside it and moved into place in one step, so that a failure
 * (a full disk, a killed process) leaves the earlier file as it was instead of a truncated one.
 * {@link #stage} writes the temporary file; {@link Staged#commit} moves it into place.
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

    private AtomicFile() {
    }

    /** Writes {@code target} in one step, as UTF-8 text. */
    public static void writeText(Path target, Text text) throws IOException {
        write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            text.writeTo(w);
            w.flush();
        });
    }

    /** Writes {@code target} in one step. */
    public static void write(Path target, Content content) throws IOException {
        stage(target, content, UnaryOperator.identity()).commit();
    }

    /**
     * Writes the content to a temporary file in {@code target}'s folder (same file system, so the move is a
     * rename). {@code wrap} wraps the file's stream: tests use it to make a write fail midway.
     *
     * @throws IOException naming {@code target} and the reason; no temporary file is left behind
     */
    public static Staged stage(Path target, Content content, UnaryOperator<OutputStream> wrap) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw failure(target, e);
        }
        try (OutputStream out = wrap.apply(Files.newOutputStream(temp))) {
            content.writeTo(out);
            shareLike(temp, target);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw failure(target, e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Staged(temp, target);
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

    private static IOException failure(Path target, IOException e) {
        return new FileProblemException("cannot write " + target + ": " + IoProblems.reason(e)
                + (Files.isRegularFile(target) ? "; the earlier " + target.getFileName() + " is unchanged" : ""), e);
    }

    /** A written temporary file waiting to replace its target. */
    public static final class Staged {
        private final Path temp;
        private final Path target;

        private Staged(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        public Path target() {
            return target;
        }

        public void commit() throws IOException {
            try {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                discard();
                throw failure(target, e);
            }
        }

        /** Removes the temporary file; the target is left as it was. */
        public void discard() throws IOException {
            Files.deleteIfExists(temp);
        }
    }
}
