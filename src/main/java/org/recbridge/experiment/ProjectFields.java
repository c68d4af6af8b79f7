package org.recbridge.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recbridge.util.JsonFiles;

/**
 * Sets one field of a project by its path as the validator's messages name it ({@code learners[0].l2},
 * {@code protocol.targetBudget}, {@code strategies}, {@code features.topK}): a lesson's tour changes a setting this
 * way. The value goes through the same JSON reading as a project file, so a wrong type is refused as in a file;
 * what the value means is then the validator's to check.
 */
public final class ProjectFields {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)((?:\\[\\d{1,4}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private ProjectFields() {
    }

    /**
     * A copy of {@code project} with {@code field} set to {@code value}; {@code project} is unchanged. A missing
     * object on the way ({@code features} for {@code features.topK}) is created; a list index may be one past the
     * end to add an entry.
     *
     * @throws IllegalArgumentException "FIELD: why", when the path names no field or the value does not fit it
     */
    /**
     * As {@link #set}, changing {@code project} itself, for an edit applied through the open document (which hands
     * its own project to a change).
     */
    public static void setIn(ProjectFile project, String field, JsonNode value) {
        ProjectFile changed = set(project, field, value);
        for (java.lang.reflect.Field f : ProjectFile.class.getFields()) {
            if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                try {
                    f.set(project, f.get(changed));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e); // public fields of a public class: cannot happen
                }
            }
        }
    }

    public static ProjectFile set(ProjectFile project, String field, JsonNode value) {
        List<Object> path = parse(field);
        JsonNode root = ProjectIO.mapper().valueToTree(project);
        JsonNode node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            node = child(node, path.get(i), path.get(i + 1) instanceof String, field);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof String name) {
            if (!(node instanceof ObjectNode o)) {
                throw new IllegalArgumentException(field + ": " + name + " is not inside an object");
            }
            o.set(name, value);
        } else {
            int index = (Integer) last;
            if (!(node instanceof ArrayNode a) || index > a.size()) {
                throw new IllegalArgumentException(field + ": no entry " + index + " to set (the list has "
                        + (node instanceof ArrayNode a2 ? a2.size() : 0) + ")");
            }
            if (index == a.size()) {
                a.add(value);
            } else {
                a.set(index, value);
            }
        }
        try {
            return ProjectIO.mapper().treeToValue(root, ProjectFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(field + ": no such project field (\"" + e.getPropertyName() + "\")");
        } catch (MismatchedInputException e) {
            throw new IllegalArgumentException(field + ": " + JsonFiles.expected(e.getTargetType()) + ", got " + value);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(field + ": " + value + " does not fit: "
                    + e.getOriginalMessage().split("\n")[0]);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(field + ": " + e.getOriginalMessage().split("\n")[0]);
        }
    }

    private static JsonNode child(JsonNode node, Object step, boolean objectNext, String field) {
        if (step instanceof String name) {
            if (!(node instanceof ObjectNode o)) {
                throw new IllegalArgumentException(field + ": " + name + " is not inside an object");
            }
            JsonNode c = o.get(name);
            if (c == null || c.isNull()) {
                c = objectNext ? o.putObject(name) : o.putArray(name);
            }
            return c;
        }
        int index = (Integer) step;
        if (!(node instanceof ArrayNode a) || index >= a.size()) {
            throw new IllegalArgumentException(field + ": no entry " + index + " (the list has "
                    + (node instanceof ArrayNode a2 ? a2.size() : 0) + ")");
        }
        return a.get(index);
    }

    /** "learners[0].l2" as ["learners", 0, "l2"]. */
    private static List<Object> parse(String field) {
        if (field == null || field.isEmpty()) {
            throw new IllegalArgumentException("field: missing; a project field such as learners[0].l2");
        }
        List<Object> path = new ArrayList<>();
        for (String part : field.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(field + ": not a field path (expected names joined by '.', each "
                        + "with optional [index], e.g. learners[0].l2)");
            }
            path.add(m.group(1));
            Matcher i = INDEX.matcher(m.group(2));
            while (i.find()) {
                path.add(Integer.parseInt(i.group(1)));
            }
        }
        return path;
    }
}
