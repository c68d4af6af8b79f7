package org.recbridge.util;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one place JSON files are read (projects, results, model manifests and their side files, catalogues,
 * autosave markers): every mapper that reads a file is {@link #strict}, so a key given twice (where Jackson would
 * keep the second silently) and text after the JSON value are refused, and every error becomes one line naming
 * the file, the line and the field ({@link #describe}) instead of Jackson's text with Java class names.
 */
public final class JsonFiles {
    private static final ObjectMapper TREES = strict(new ObjectMapper());

    private JsonFiles() {
    }

    /** {@code mapper}, refusing duplicate keys and trailing text from now on; returned for chaining. */
    public static <M extends ObjectMapper> M strict(M mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return mapper;
    }

    /**
     * Reads a JSON file as a tree, strictly.
     *
     * @throws FileProblemException one line naming the file: missing, unreadable, not UTF-8 or not valid JSON
     */
    public static JsonNode readTree(Path file) throws FileProblemException {
        String text = readText(file);
        try {
            return TREES.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FileProblemException(describe(file.toString(), e, "the file"));
        }
    }

    /**
     * A JSON file's text, without the byte order mark editors on Windows put first.
     *
     * @throws FileProblemException naming the file: missing, unreadable, not UTF-8 or empty
     */
    public static String readText(Path file) throws FileProblemException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new FileProblemException(file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new FileProblemException(file + ": not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new FileProblemException(file + ": cannot read: " + IoProblems.reason(e), e);
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (text.isBlank()) {
            throw new FileProblemException(file + ": the file is empty; expected a JSON object");
        }
        return text;
    }

    /**
     * One line for a JSON error: {@code NAME line N, field a.b[2]: what was expected}.
     *
     * @param document what the file holds, for an unknown field at the top ("the project")
     */
    public static String describe(String name, JsonProcessingException e, String document) {
        String field = path(e);
        String at = name + where(e) + (field.isEmpty() ? "" : ", field " + field);
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            return name + where(e) + ": unknown field \"" + u.getPropertyName() + "\" in "
                    + (field.isEmpty() || field.equals(u.getPropertyName()) ? document : parentPath(e))
                    + (known == null ? "" : "; known fields: " + known.stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidNullException n) {
            return at + ": null is not a value here; " + (n.getPath().size() > 1
                    && n.getPath().get(n.getPath().size() - 1).getFieldName() == null
                    ? "remove it from the list" : "leave the field out for its default, or give a value");
        }
        if (e instanceof InvalidFormatException f) {
            return at + ": \"" + f.getValue() + "\" is not a valid "
                    + f.getTargetType().getSimpleName().toLowerCase(Locale.ROOT);
        }
        String original = String.valueOf(e.getOriginalMessage()).split("\n")[0];
        if (original.startsWith("Trailing token")) {
            return name + where(e) + ": text after the end of the JSON value; a file holds one JSON object";
        }
        if (original.startsWith("Duplicate field")) {
            String key = original.replaceFirst("^Duplicate field '(.*)'$", "$1");
            return name + where(e) + ": field \"" + key + "\" is given twice; keep one";
        }
        java.util.regex.Matcher range = java.util.regex.Pattern.compile(
                "Numeric value \\((.*)\\) out of range of (int|long) \\((-?\\d+) - (\\d+)\\).*").matcher(original);
        if (range.matches()) {
            return at + ": expected a whole number from " + range.group(3) + " to " + range.group(4) + ", got "
                    + range.group(1);
        }
        if (e instanceof MismatchedInputException m) {
            return at + ": " + (original.startsWith("Cannot ") && m.getTargetType() != null
                    ? expected(m.getTargetType()) + got(m) : original);
        }
        if (e instanceof JsonMappingException) {
            return at + ": " + original;
        }
        return name + where(e) + ": not valid JSON: " + original;
    }

    /** What a field of this type holds, in words ("expected a number"), instead of Jackson's text with class names. */
    public static String expected(Class<?> type) {
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "expected a list [...]";
        }
        if (type == String.class || type.isEnum()) {
            return "expected a text in quotes";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "expected true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "expected a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "expected a number";
        }
        return "expected an object {...}";
    }

    /** ", got \"NaN\"" for a scalar the parser stopped at; nothing for an object or a list. */
    private static String got(MismatchedInputException e) {
        if (e.getProcessor() instanceof JsonParser p && p.currentToken() != null && p.currentToken().isScalarValue()) {
            try {
                return ", got " + (p.currentToken() == JsonToken.VALUE_STRING ? "\"" + p.getText() + "\"" : p.getText());
            } catch (IOException ignored) {
                return "";
            }
        }
        return "";
    }

    private static String where(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null || loc.getLineNr() < 1 ? "" : " line " + loc.getLineNr();
    }

    /** The field's dotted path with list indexes, {@code learners[0].epochs}. */
    public static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m)) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
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

    private static String parentPath(JsonProcessingException e) {
        String full = path(e);
        int cut = full.lastIndexOf('.');
        return cut < 0 ? full : full.substring(0, cut);
    }
}
