package org.recbridge.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectFields;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.ProjectValidator;
import org.recbridge.synth.SyntheticRecipe;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.util.IoProblems;
import org.recbridge.util.JsonFiles;

/**
 * Reads and checks a lesson file ({@code lesson.json}, format {@value #FORMAT} version {@value #FORMAT_VERSION}):
 * every field, every step's action and highlight, the project it opens, and each {@code set} action applied in
 * turn to that project and checked by the project validator, so a tour cannot reach a setting the workbench would
 * refuse. The first problem is reported in one line naming the file and the field or step, e.g.
 * {@code negative-transfer/lesson.json, steps[3].action.tab: expected one of data, ...; got "reslts"}.
 */
public final class LessonReader {
    public static final String FORMAT = "recbridge-lesson";
    public static final int FORMAT_VERSION = 1;
    public static final int MAX_MINUTES = 240;

    private static final ObjectMapper MAPPER = JsonFiles.strict(new ObjectMapper());
    private static final Set<String> FIELDS = Set.of("format", "formatVersion", "title", "idea", "minutes", "order",
            "project", "generate", "dataset", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("title", "text", "do", "action", "highlight");
    private static final Set<String> GENERATE_FIELDS = Set.of("users", "shared", "rho", "sourceItems", "targetItems",
            "sourcePerUser", "targetPerUser", "noise", "dim", "skew", "noUserFeatures", "noItemFeatures", "seed",
            "userColumns", "extraSources");

    private LessonReader() {
    }

    /** {@code path}: a lesson file, or the folder that holds its {@code lesson.json}. */
    public static Lesson read(Path path) throws LessonException {
        Path file = Files.isDirectory(path) ? path.resolve(Lesson.FILE_NAME) : path;
        Path folder = file.toAbsolutePath().getParent();
        String name = (folder.getFileName() == null ? "" : folder.getFileName() + "/") + file.getFileName();
        JsonNode root = parse(file, name);
        try {
            return lesson(root, file, folder);
        } catch (Problem p) {
            throw new LessonException(name + ", " + p.getMessage());
        }
    }

    private static JsonNode parse(Path file, String name) throws LessonException {
        try {
            String text = Files.readString(file);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                throw new LessonException(name + ": the file is empty; a lesson is a JSON object");
            }
            JsonNode root = MAPPER.readTree(text);
            if (!root.isObject()) {
                throw new LessonException(name + ": expected a JSON object {...}");
            }
            return root;
        } catch (NoSuchFileException e) {
            throw new LessonException(file + ": no such lesson file");
        } catch (JsonProcessingException e) {
            throw new LessonException(JsonFiles.describe(name, e, "the lesson"));
        } catch (CharacterCodingException e) {
            throw new LessonException(name + ": not a UTF-8 text file; save the lesson as UTF-8", e);
        } catch (IOException e) {
            throw new LessonException(file + ": cannot read: " + IoProblems.reason(e), e);
        }
    }

    /** A problem at a field; {@link #read} puts the file's name in front. */
    private static final class Problem extends Exception {
        Problem(String field, String message) {
            super(field + ": " + message);
        }
    }

    private static Lesson lesson(JsonNode root, Path file, Path folder) throws Problem {
        if (root.has("target") || root.has("sources")) {
            // "name: unknown field" would send the user hunting through a file that is fine as what it is
            throw new Problem("target", "this is a project file, not a lesson; a lesson is the lesson.json beside "
                    + "a lesson's project.json (e.g. sample-projects/fine-tuning/lesson.json)");
        }
        known(root, "", FIELDS);
        String format = text(root, "format", true);
        if (!FORMAT.equals(format)) {
            throw new Problem("format", "expected \"" + FORMAT + "\"; got \"" + format + "\"");
        }
        int version = integer(root, "formatVersion", 1, Integer.MAX_VALUE);
        if (version != FORMAT_VERSION) {
            throw new Problem("formatVersion", "version " + version + " is not supported; this RecBridge reads "
                    + "version " + FORMAT_VERSION);
        }
        String title = text(root, "title", true);
        String idea = text(root, "idea", true);
        int minutes = integer(root, "minutes", 1, MAX_MINUTES);
        int order = integer(root, "order", 0, 10_000);
        Path project = folder.resolve(text(root, "project", true)).normalize();
        JsonNode generate = root.get("generate");
        JsonNode dataset = root.get("dataset");
        boolean hasGenerate = generate != null && !generate.isNull();
        boolean hasDataset = dataset != null && !dataset.isNull();
        if (hasGenerate == hasDataset) {
            throw new Problem(hasGenerate ? "dataset" : "generate", "give exactly one of generate (the synthetic "
                    + "generator's settings) and dataset (a public data set id such as ml-100k)");
        }
        SyntheticRecipe recipe = hasGenerate ? recipe(generate) : null;
        String datasetId = hasDataset ? text(root, "dataset", true) : null;
        ProjectFile projectFile = project(project);
        JsonNode steps = root.get("steps");
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
            throw new Problem("steps", "expected a list [...] of at least one step");
        }
        List<LessonStep> list = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String at = "steps[" + i + "]";
            LessonStep step = step(steps.get(i), at);
            if (step.action() != null && step.action().type() == ActionType.SET) {
                projectFile = applied(projectFile, project, step.action(), at + ".action");
            }
            list.add(step);
        }
        return new Lesson(folder.getFileName() == null ? "" : folder.getFileName().toString(), file, title, idea,
                minutes, order, project, recipe, datasetId, list);
    }

    private static ProjectFile project(Path project) throws Problem {
        if (!Files.isRegularFile(project)) {
            throw new Problem("project", "no project file " + project.getFileName() + " beside the lesson");
        }
        try {
            ProjectFile parsed = ProjectIO.parse(project);
            ProjectValidator.validate(project, parsed);
            return parsed;
        } catch (ProjectException e) {
            throw new Problem("project", e.getMessage());
        }
    }

    /** The project after a step's {@code set}, checked as the Experiment tab checks an edit. */
    private static ProjectFile applied(ProjectFile project, Path file, LessonAction set, String at) throws Problem {
        try {
            ProjectFile changed = ProjectFields.set(project, set.field(), set.value());
            ProjectValidator.validate(file, changed);
            return changed;
        } catch (IllegalArgumentException e) {
            throw new Problem(at, e.getMessage());
        } catch (ProjectException e) {
            throw new Problem(at, "the project would not be valid after setting " + set.field() + ": "
                    + e.getMessage());
        }
    }

    private static LessonStep step(JsonNode node, String at) throws Problem {
        if (node == null || !node.isObject()) {
            throw new Problem(at, "expected a step object {\"title\": ..., \"text\": ...}");
        }
        known(node, at + ".", STEP_FIELDS);
        String title = text(node, "title", true, at);
        String text = text(node, "text", true, at);
        String doText = text(node, "do", false, at);
        JsonNode action = node.get("action");
        LessonAction a = action == null || action.isNull() ? null : action(action, at + ".action");
        Highlight highlight = node.hasNonNull("highlight") ? term(node, "highlight", Highlight.class, at) : null;
        return new LessonStep(title, text, doText, a, highlight);
    }

    private static LessonAction action(JsonNode node, String at) throws Problem {
        if (!node.isObject()) {
            throw new Problem(at, "expected an object {\"type\": ...}");
        }
        ActionType type = term(node, "type", ActionType.class, at);
        Set<String> fields = switch (type) {
            case OPEN_TAB -> Set.of("type", "tab");
            case SET -> Set.of("type", "field", "value");
            case OPEN_ANALYSIS -> Set.of("type", "view");
            case CONCEPT -> Set.of("type", "id");
            default -> Set.of("type");
        };
        known(node, at + ".", fields);
        return switch (type) {
            case OPEN_TAB -> LessonAction.openTab(term(node, "tab", LessonTab.class, at));
            case OPEN_ANALYSIS -> LessonAction.openAnalysis(term(node, "view", AnalysisView.class, at));
            case CONCEPT -> LessonAction.concept(term(node, "id", Concept.class, at));
            case SET -> {
                String field = text(node, "field", true, at);
                if (!node.has("value")) {
                    throw new Problem(at + ".value", "missing; the value to set " + field + " to");
                }
                yield LessonAction.set(field, node.get("value"));
            }
            default -> LessonAction.of(type);
        };
    }

    private static SyntheticRecipe recipe(JsonNode g) throws Problem {
        String at = "generate";
        if (!g.isObject()) {
            throw new Problem(at, "expected an object of the generator's settings {\"users\": 1500, ...}");
        }
        known(g, at + ".", GENERATE_FIELDS);
        SyntheticSettings d = SyntheticSettings.defaults();
        List<SyntheticRecipe.ExtraSource> extras = new ArrayList<>();
        JsonNode list = g.get("extraSources");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new Problem(at + ".extraSources", "expected a list [{\"name\": \"music\", \"rho\": 0.0}, ...]");
            }
            for (int i = 0; i < list.size(); i++) {
                String where = at + ".extraSources[" + i + "]";
                JsonNode e = list.get(i);
                if (!e.isObject()) {
                    throw new Problem(where, "expected {\"name\": \"music\", \"rho\": 0.0}");
                }
                known(e, where + ".", Set.of("name", "rho"));
                try {
                    extras.add(new SyntheticRecipe.ExtraSource(text(e, "name", true, where),
                            number(e, "rho", Double.NaN, where)));
                } catch (IllegalArgumentException x) {
                    throw new Problem(where, withoutPrefix(x.getMessage()));
                }
            }
        }
        try {
            SyntheticSettings s = new SyntheticSettings(
                    g.has("users") ? integer(g, "users", 1, Integer.MAX_VALUE, at) : d.users(),
                    number(g, "shared", d.sharedUserFraction(), at),
                    g.has("sourceItems") ? integer(g, "sourceItems", 1, Integer.MAX_VALUE, at) : d.sourceItems(),
                    g.has("targetItems") ? integer(g, "targetItems", 1, Integer.MAX_VALUE, at) : d.targetItems(),
                    g.has("dim") ? integer(g, "dim", 1, Integer.MAX_VALUE, at) : d.latentDim(),
                    number(g, "rho", d.rho(), at),
                    number(g, "sourcePerUser", d.sourceInteractionsPerUser(), at),
                    number(g, "targetPerUser", d.targetInteractionsPerUser(), at),
                    number(g, "noise", d.labelNoise(), at),
                    number(g, "skew", d.itemPopularitySkew(), at),
                    !bool(g, "noUserFeatures", at), !bool(g, "noItemFeatures", at),
                    g.has("seed") ? seed(g, at) : d.seed());
            int columns = g.has("userColumns") ? integer(g, "userColumns", 0, Integer.MAX_VALUE, at) : 0;
            return new SyntheticRecipe(s, columns, extras);
        } catch (IllegalArgumentException e) {
            String message = SyntheticRecipe.inOptionWords(e.getMessage(), o -> o);
            String field = message.split("[ :]", 2)[0];
            throw new Problem(at + (GENERATE_FIELDS.contains(field) ? "." + field : ""), withoutPrefix(message));
        }
    }

    /** "extraSources: the name ..." as "the name ...", where the field is already named in front. */
    private static String withoutPrefix(String message) {
        return message.replaceFirst("^[A-Za-z]+: ", "");
    }

    private static void known(JsonNode node, String prefix, Set<String> fields) throws Problem {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!fields.contains(n)) {
                throw new Problem(prefix + n, "unknown field; known fields: "
                        + String.join(", ", fields.stream().sorted().toList()));
            }
        }
    }

    private static String text(JsonNode node, String field, boolean required) throws Problem {
        return text(node, field, required, null);
    }

    private static String text(JsonNode node, String field, boolean required, String at) throws Problem {
        JsonNode v = node.get(field);
        String where = at == null ? field : at + "." + field;
        if (v == null || v.isNull()) {
            if (required) {
                throw new Problem(where, "missing; expected a text in quotes");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new Problem(where, "expected a text in quotes; got " + v);
        }
        if (required && v.asText().isBlank()) {
            throw new Problem(where, "is empty; expected a text");
        }
        return v.asText();
    }

    private static int integer(JsonNode node, String field, int min, int max) throws Problem {
        return integer(node, field, min, max, null);
    }

    private static int integer(JsonNode node, String field, int min, int max, String at) throws Problem {
        JsonNode v = node.get(field);
        String where = at == null ? field : at + "." + field;
        if (v == null || v.isNull()) {
            throw new Problem(where, "missing; expected a whole number");
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
            throw new Problem(where, "expected a whole number " + range(min, max) + "; got " + v);
        }
        return v.asInt();
    }

    private static String range(int min, int max) {
        return max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
    }

    private static long seed(JsonNode node, String at) throws Problem {
        JsonNode v = node.get("seed");
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new Problem(at + ".seed", "expected a whole number; got " + v);
        }
        return v.asLong();
    }

    private static double number(JsonNode node, String field, double otherwise, String at) throws Problem {
        JsonNode v = node.get(field);
        if (v == null) {
            return otherwise;
        }
        if (!v.isNumber()) {
            throw new Problem(at + "." + field, "expected a number; got " + v);
        }
        return v.asDouble();
    }

    private static boolean bool(JsonNode node, String field, String at) throws Problem {
        JsonNode v = node.get(field);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new Problem(at + "." + field, "expected true or false; got " + v);
        }
        return v.asBoolean();
    }

    private static <E extends Enum<E> & LessonTerm> E term(JsonNode node, String field, Class<E> type, String at)
            throws Problem {
        String where = at + "." + field;
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new Problem(where, "missing; expected one of " + LessonTerm.ids(type));
        }
        E e = v.isTextual() ? LessonTerm.fromId(type, v.asText()) : null;
        if (e == null) {
            throw new Problem(where, "expected one of " + LessonTerm.ids(type) + "; got " + v);
        }
        return e;
    }
}
