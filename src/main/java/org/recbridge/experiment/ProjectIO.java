package org.recbridge.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.recbridge.util.AtomicFile;
import org.recbridge.util.FileProblemException;
import org.recbridge.util.IoProblems;
import org.recbridge.util.JsonFiles;

/**
 * Reads and writes project files; reading also validates them ({@link ProjectValidator}). Every error names
 * the file and the field.
 */
public final class ProjectIO {
    /** The name a project file has in its folder (sample projects, generated projects, the workbench's default). */
    public static final String FILE_NAME = "project.json";

    private static final ObjectMapper MAPPER = JsonFiles.strict(new ObjectMapper())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // a seed of 1.5 or 2.5 epochs is a mistake to report, not a number to round
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(FiniteNumbers.module());

    static {
        // "NaN", "Infinity" or "5" in quotes are texts, not numbers: refused rather than converted
        MAPPER.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        MAPPER.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        // "protocol": null or a null in a list is a mistake in every section and list, named with its field,
        // not a hole that fails later (files are written without nulls: a field left out takes its default)
        MAPPER.setDefaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL));
        MAPPER.setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    }

    private ProjectIO() {
    }

    /** The mapper projects are read and written with, for edits made on a project's JSON tree. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@code file}: a project file, or the folder that holds its {@code project.json} (as sample projects do). */
    public static Project read(Path file) throws ProjectException {
        Path f = inFolder(file);
        return ProjectValidator.validate(f, parse(f));
    }

    private static Path inFolder(Path file) throws ProjectException {
        if (!Files.isDirectory(file)) {
            return file;
        }
        Path inside = file.resolve(FILE_NAME);
        if (!Files.isRegularFile(inside)) {
            throw new ProjectException(file + ": a folder without " + FILE_NAME + "; give the project file");
        }
        return inside;
    }

    public static ProjectFile parse(Path given) throws ProjectException {
        Path file = inFolder(given);
        String name = file.getFileName().toString();
        try {
            String text = withoutBom(Files.readString(file));
            if (text.isBlank()) {
                throw new ProjectException(name + ": the file is empty; a project is a JSON object");
            }
            if (looksLikeData(text)) {
                // Jackson would say "expected an object, got " about the first number of a data file
                throw new ProjectException(name + ": not a project file: a project is a JSON object {...}, and this "
                        + "file starts with \"" + firstLine(text) + "\"");
            }
            return MAPPER.readValue(text, ProjectFile.class);
        } catch (NoSuchFileException e) {
            throw new ProjectException(file + ": no such project file");
        } catch (JsonProcessingException e) {
            throw new ProjectException(JsonFiles.describe(name, e, "the project"));
        } catch (CharacterCodingException e) {
            throw new ProjectException(name + ": not a UTF-8 text file; save the project as UTF-8", e);
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot read: " + IoProblems.reason(e), e);
        }
    }

    /** The suffix of the previous version kept beside a project file on save. */
    public static final String BACKUP_SUFFIX = ".bak";

    /**
     * Saves in one step (a temporary file moved into place) and keeps the version it replaces as
     * {@code project.json.bak}. A file there that does not read as a project is never overwritten: it may be
     * someone's work with a typo, so the save is refused with its error and the file stays as it is.
     *
     * @throws IOException naming the file, when it cannot be written or the file there is not a readable project
     */
    public static void write(ProjectFile project, Path file) throws IOException {
        if (Files.exists(file)) {
            try {
                parse(file);
            } catch (ProjectException e) {
                throw new FileProblemException("not saved: " + file + " does not read as a project and is kept as it "
                        + "is (" + e.getMessage() + "); save under another name, or fix or remove it");
            }
        }
        replace(project, file);
    }

    /**
     * Saves as {@link #write} does, but over whatever file is there, for callers that were told to replace it
     * ({@code generate --force}); the file replaced is still kept as {@code project.json.bak}.
     */
    public static void replace(ProjectFile project, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] text = (MAPPER.writeValueAsString(project) + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        AtomicFile.Staged staged = AtomicFile.stage(file, out -> out.write(text), java.util.function.UnaryOperator.identity());
        try {
            if (Files.exists(file)) {
                byte[] previous = Files.readAllBytes(file);
                AtomicFile.write(backup(file), out -> out.write(previous));
            }
        } catch (IOException e) {
            staged.discard();
            throw e;
        }
        staged.commit();
    }

    /**
     * Where {@link #write} keeps the previous version of {@code file}: beside the file itself, so a project opened
     * through a symbolic link keeps its .bak beside the real file the save replaces (where the other .bak of that
     * project are), not beside the link.
     *
     * @throws FileProblemException if the links cannot be followed (a loop, or one that cannot be read)
     */
    public static Path backup(Path file) throws FileProblemException {
        Path real = AtomicFile.resolve(file);
        return real.resolveSibling(real.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Whether {@code file} looks like a data file (u.data, a CSV) rather than a project: its first line is not JSON
     * and holds fields split by a tab, comma, semicolon, bar or "::". A file that cannot be read does not: reading
     * it as a project says what is wrong.
     */
    public static boolean holdsData(Path file) {
        try (java.io.BufferedReader in = Files.newBufferedReader(inFolder(file))) {
            StringBuilder start = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null && start.length() < 4096) {
                start.append(line).append('\n');
                if (!line.isBlank()) {
                    break;
                }
            }
            return looksLikeData(start.toString());
        } catch (IOException | ProjectException e) {
            return false;
        }
    }

    private static boolean looksLikeData(String text) {
        String first = withoutBom(text).strip().lines().findFirst().orElse("");
        return !first.startsWith("{") && !first.startsWith("[") && first.matches(".*(\t|,|;|\\||::).*");
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").replace("\t", " ");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    /** Editors on Windows start UTF-8 files with a byte order mark; data files with one are read, so are projects. */
    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The project as the JSON {@link #write} would write. */
    public static String toJson(ProjectFile project) {
        try {
            return MAPPER.writeValueAsString(project);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write project as JSON", e);
        }
    }

    /** A deep copy, through JSON, to try a change on before applying it to the open project. */
    public static ProjectFile copy(ProjectFile project) {
        try {
            return MAPPER.readValue(toJson(project), ProjectFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot copy project", e);
        }
    }
}
