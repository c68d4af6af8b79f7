package org.recbridge.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks an output before the first job starts, so that a name too long for the file system, a folder given for
 * a file, a file given for a folder, a place that cannot be written, or one of the run's own inputs is found in
 * one line naming the option, not after an hour of training. The checks try what the write will do (create the
 * file or a temporary file beside it, create the missing folders) and undo it, leaving nothing behind.
 */
public final class OutputCheck {
    /** How a clash with a file the run writes itself begins. */
    private static final String WRITTEN = "is where this run writes ";

    private OutputCheck() {
    }

    /**
     * The inputs of a run or command, each with what it is ("the project file", "the model folder"), and files
     * the run writes itself ("its results.json"); an output may be none of them, nor (for a folder) inside an
     * input.
     */
    public record Inputs(Map<Path, String> files, Map<Path, String> written) {
        public static final Inputs NONE = new Inputs(Map.of());

        public Inputs(Map<Path, String> files) {
            this(files, Map.of());
        }

        /** These inputs and {@code file}, which the run writes as {@code what}: another output may not be it. */
        public Inputs writing(Path file, String what) {
            Map<Path, String> more = new java.util.LinkedHashMap<>(written);
            more.put(file, what);
            return new Inputs(files, more);
        }

        /**
         * Why {@code output} must not be written: it is one of the inputs or inside an input folder, or a file
         * the run writes as something else; null if it is none.
         */
        String clash(Path output) throws FileProblemException {
            Path out = real(AtomicFile.resolve(output));
            for (Map.Entry<Path, String> own : written.entrySet()) {
                if (out.equals(real(own.getKey()))) {
                    return WRITTEN + own.getValue() + " (" + own.getKey() + ")";
                }
            }
            for (Map.Entry<Path, String> in : files.entrySet()) {
                Path input = real(in.getKey());
                if (out.equals(input)) {
                    return "is " + in.getValue() + " (" + in.getKey() + "), an input of this command";
                }
                if (Files.isDirectory(input) && out.startsWith(input)) {
                    return "is inside " + in.getValue() + " (" + in.getKey() + "), an input of this command";
                }
            }
            return null;
        }

        /** The path without links where it exists, so that two names of one file compare equal. */
        private static Path real(Path p) {
            try {
                return p.toRealPath();
            } catch (IOException e) {
                return p.toAbsolutePath().normalize();
            }
        }
    }

    /**
     * Checks that {@code file} can be written as {@code kind}.
     *
     * @param label how the message names the output, e.g. {@code --report}
     * @throws FileProblemException {@code LABEL FILE: why}
     */
    public static void file(Path file, String label, OutputKind kind, Inputs inputs) throws FileProblemException {
        String prefix = label + " " + file + ": ";
        String clash = inputs.clash(file);
        if (clash != null) {
            throw new FileProblemException(prefix + clash + (clash.startsWith(WRITTEN) ? "" : "; it is not replaced")
                    + ", give another file name");
        }
        Path real = AtomicFile.resolve(file);
        if (Files.isDirectory(real)) {
            throw new FileProblemException(prefix + "is a folder; give a file name");
        }
        String refused;
        try {
            refused = kind.problem(real);
        } catch (IOException e) {
            throw new FileProblemException(prefix + "cannot be read to tell what it is: " + reason(e), e);
        }
        if (refused != null) {
            throw new FileProblemException(prefix + refused);
        }
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            if (!Files.isWritable(real)) {
                throw new FileProblemException(prefix + "cannot be written: permission denied");
            }
            return; // a device or a pipe is written as it is, nothing is created beside it
        }
        Path parent = real.getParent();
        // a file there is replaced through a temporary file beside it; a new one is created
        probe(parent, prefix, () -> Files.delete(Files.exists(real)
                ? Files.createTempFile(parent, Leftovers.prefix(real.getFileName().toString()), Leftovers.SUFFIX)
                : Files.createFile(real)));
    }

    /**
     * Checks that files can be written into the folder {@code dir} (created if missing).
     *
     * @param label how the message names the output, e.g. {@code --export-models}
     * @throws FileProblemException {@code LABEL DIR: why}
     */
    public static void folder(Path dir, String label, Inputs inputs) throws FileProblemException {
        String prefix = label + " " + dir + ": ";
        String clash = inputs.clash(dir);
        if (clash != null) {
            throw new FileProblemException(prefix + clash + "; give another folder");
        }
        Path real = AtomicFile.resolve(dir);
        if (Files.exists(real) && !Files.isDirectory(real)) {
            throw new FileProblemException(prefix + "is a file, not a folder; give a folder");
        }
        probe(real, prefix, () -> Files.delete(Files.createTempFile(real, Leftovers.prefix("write-check"),
                Leftovers.SUFFIX)));
    }

    /** A file operation that may fail. */
    private interface Probe {
        void run() throws IOException;
    }

    /**
     * Creates the missing folders of {@code dir}, runs {@code probe} (which undoes what it creates), and removes the
     * folders it created.
     *
     * @throws FileProblemException {@code PREFIX cannot be written: why}
     */
    private static void probe(Path dir, String prefix, Probe probe) throws FileProblemException {
        try {
            List<Path> created = createFolders(dir, prefix);
            try {
                probe.run();
            } finally {
                undo(created);
            }
        } catch (FileProblemException e) {
            throw e;
        } catch (IOException e) {
            throw new FileProblemException(prefix + "cannot be written: " + reason(e), e);
        }
    }

    /** Creates the missing folders of {@code dir}, returning those it created (deepest last). */
    private static List<Path> createFolders(Path dir, String prefix) throws IOException {
        List<Path> missing = new ArrayList<>();
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            missing.add(0, p);
            p = p.getParent();
        }
        if (p != null && !Files.isDirectory(p)) {
            throw new FileProblemException(prefix + p + " is a file, not a folder");
        }
        List<Path> created = new ArrayList<>();
        try {
            for (Path m : missing) {
                created.add(Files.createDirectory(m));
            }
        } catch (IOException e) {
            undo(created);
            throw e;
        }
        return created;
    }

    private static void undo(List<Path> created) throws IOException {
        for (int i = created.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(created.get(i));
        }
    }

    /** A missing-file error while creating a file in a folder that exists: a folder that takes no new files. */
    private static String reason(IOException e) {
        String why = IoProblems.reason(e);
        return why.equals("no such file or folder") ? "this place does not take new files" : why;
    }
}
