package org.recbridge.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads and writes project files; reading also validates them ({@link ProjectValidator}). Every error names
 * the file and the field.
 */
public final class ProjectIO {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ProjectIO() {
    }

    public static Project read(Path file) throws ProjectException {
        return ProjectValidator.validate(file, parse(file));
    }

    public static ProjectFile parse(Path file) throws ProjectException {
        String name = file.getFileName().toString();
        try {
            return MAPPER.readValue(Files.readString(file), ProjectFile.class);
        } catch (NoSuchFileException e) {
            throw new ProjectException(file + ": no such project file");
        } catch (UnrecognizedPropertyException e) {
            throw new ProjectException(name + where(e) + ": unknown field \"" + e.getPropertyName() + "\" in "
                    + (path(e).isEmpty() || path(e).equals(e.getPropertyName()) ? "the project" : parentPath(e))
                    + "; known fields: " + e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")));
        } catch (InvalidFormatException e) {
            throw new ProjectException(name + where(e) + ", field " + path(e) + ": \"" + e.getValue()
                    + "\" is not a valid " + e.getTargetType().getSimpleName().toLowerCase(Locale.ROOT));
        } catch (JsonMappingException e) {
            throw new ProjectException(name + where(e) + (path(e).isEmpty() ? "" : ", field " + path(e)) + ": "
                    + e.getOriginalMessage().split("\n")[0]);
        } catch (JsonProcessingException e) {
            throw new ProjectException(name + where(e) + ": not valid JSON: " + e.getOriginalMessage().split("\n")[0]);
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static void write(ProjectFile project, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, MAPPER.writeValueAsString(project) + System.lineSeparator());
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

    private static String where(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null || loc.getLineNr() < 1 ? "" : " line " + loc.getLineNr();
    }

    private static String path(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (s.length() > 0) {
                    s.append('.');
                }
                s.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    private static String parentPath(JsonMappingException e) {
        String full = path(e);
        int cut = full.lastIndexOf('.');
        return cut < 0 ? full : full.substring(0, cut);
    }
}
