package org.recbridge.export.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.task.TaskKind;
import org.recbridge.transfer.MeanWeights;

/**
 * {@value #FILE}, the manifest of an exported model directory: what it is (format and version), how to score
 * with it (task, the Tribuo model files and their weights, how features are built) and, in {@code about}, what
 * people want to know (data, metrics, date), which loading ignores.
 *
 * @param features          how rows become features: the side tables, the kept side features (null: all),
 *                          for joint training the domain copy the target is scored through (null: none), and
 *                          the transferred-feature builders
 * @param models            Tribuo model files (protobuf) with their weights in the mean of their scores; empty for
 *                          a blend
 * @param members           a blend's members (ensemble, multi-source), each a model directory of its own; empty
 *                          otherwise, and then {@code features} and {@code models} say how to score
 * @param targetItems       file listing the target items the model knows, one per line (for top-K lists)
 */
public record ModelManifest(int formatVersion, String strategy, String learner, long seed, TaskKind task,
                            double likeThreshold, LearnerSettings learnerSettings, Features features,
                            List<ModelFile> models, List<Member> members, String targetItems, JsonNode about) {
    public static final String FILE = "model.json";
    public static final String FORMAT = "recbridge-model";
    /** Raised when a change makes older RecBridge versions misread a model directory. */
    public static final int FORMAT_VERSION = 1;

    /**
     * @param baseline        the file of the target's baseline features (item quality, user bias), or null
     * @param parts           the base features: all (ids, side features, baseline numbers if any), or only the
     *                        baseline's item quality (popularity), or its item quality and user bias (bias-transfer)
     * @param transferred the transferred-feature builders after the base features, in order (see
     *                    {@link TransferredFeatures}); an empty array for strategies without them
     */
    public record Features(String userTable, String itemTable, Set<String> keptSideFeatures, String domainCopy,
                           JsonNode transferred, MappedUsers mappedUsers, String baseline,
                           org.recbridge.features.DomainFeaturizer.Parts parts) {
    }

    /**
     * EMCDR's mapped factors of users the target model never saw, added to its score (see the transfer package's
     * MappedUserPredictor).
     *
     * @param likeOutput the target model's output index of a like, or -1 for ratings
     */
    public record MappedUsers(String file, int likeOutput) {
    }

    /** @param dir a sub-folder holding the member's own model directory; @param weight its share of the blend */
    public record Member(String name, String dir, double weight) {
    }

    /** Tribuo models over features (most strategies). */
    static ModelManifest models(String strategy, org.recbridge.experiment.RunInfo info, org.recbridge.task.TaskSettings task,
                                Features features, List<ModelFile> models, String targetItems) {
        return new ModelManifest(FORMAT_VERSION, strategy, info.learner(), info.seed(), task.kind(),
                task.likeThreshold(), info.settings(), features, models, List.of(), targetItems, null);
    }

    /** A weighted blend of member model directories. */
    static ModelManifest blend(String strategy, org.recbridge.experiment.RunInfo info, org.recbridge.task.TaskSettings task,
                               List<Member> members, String targetItems) {
        return new ModelManifest(FORMAT_VERSION, strategy, info.learner(), info.seed(), task.kind(),
                task.likeThreshold(), info.settings(), null, List.of(), members, targetItems, null);
    }

    ModelManifest withAbout(JsonNode a) {
        return new ModelManifest(formatVersion, strategy, learner, seed, task, likeThreshold, learnerSettings, features,
                models, members, targetItems, a);
    }

    /** @param onnx the same model as ONNX, or null where Tribuo cannot write it */
    public record ModelFile(String file, double weight, String onnx) {
    }

    ObjectNode toJson(ObjectMapper json) {
        ObjectNode out = json.createObjectNode();
        out.put("format", FORMAT);
        out.put("formatVersion", formatVersion);
        out.put("strategy", strategy);
        out.put("learner", learner);
        out.put("seed", seed);
        ObjectNode t = out.putObject("task");
        t.put("type", task.id());
        t.put("likeThreshold", likeThreshold);
        ObjectNode l = out.putObject("learnerSettings");
        l.put("type", learnerSettings.kind().id());
        l.put("epochs", learnerSettings.epochs());
        l.put("learningRate", learnerSettings.learningRate());
        l.put("l2", learnerSettings.l2());
        l.put("factors", learnerSettings.factors());
        l.put("patience", learnerSettings.patience());
        if (learnerSettings.bpr()) { // written only when set: manifests of the log loss stay as they were
            l.put("loss", "bpr");
        }
        out.put("targetItems", targetItems);
        if (!members.isEmpty()) {
            ArrayNode list = out.putArray("members");
            members.forEach(m -> list.addObject().put("name", m.name()).put("dir", m.dir()).put("weight", m.weight()));
            out.set("about", about);
            return out;
        }
        ObjectNode f = out.putObject("features");
        f.put("userTable", features.userTable());
        f.put("itemTable", features.itemTable());
        if (features.keptSideFeatures() == null) {
            f.putNull("keptSideFeatures");
        } else {
            ArrayNode kept = f.putArray("keptSideFeatures");
            features.keptSideFeatures().stream().sorted().forEach(kept::add);
        }
        f.put("domainCopy", features.domainCopy());
        f.set("transferred", features.transferred());
        if (features.baseline() != null) {
            f.put("baseline", features.baseline());
            f.put("parts", features.parts().id());
        }
        if (features.mappedUsers() != null) {
            f.putObject("mappedUsers").put("file", features.mappedUsers().file())
                    .put("likeOutput", features.mappedUsers().likeOutput());
        }
        ArrayNode m = out.putArray("models");
        for (ModelFile mf : models) {
            ObjectNode e = m.addObject();
            e.put("file", mf.file());
            e.put("weight", mf.weight());
            e.put("onnx", mf.onnx());
        }
        out.set("about", about);
        return out;
    }

    /**
     * Reads a manifest, checking what scoring needs.
     *
     * @param file how errors name the file
     * @throws IllegalArgumentException naming the file and field: not a RecBridge model, an unknown format version,
     *                                  a missing or malformed field
     */
    static ModelManifest fromJson(JsonNode root, String file) {
        if (!root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new IllegalArgumentException(file + ": not a RecBridge model (field format is not \"" + FORMAT + "\")");
        }
        JsonNode version = root.path("formatVersion");
        if (!version.isInt()) {
            throw new IllegalArgumentException(file + ", field formatVersion: expected a whole number");
        }
        if (version.asInt() < 1 || version.asInt() > FORMAT_VERSION) {
            throw new IllegalArgumentException(file + ": model format version " + version.asInt() + " is unknown to "
                    + "this RecBridge, which reads version " + FORMAT_VERSION + " (a newer RecBridge wrote it?)");
        }
        Fields in = new Fields(root, file);
        TaskKind task = in.call("task.type", () -> TaskKind.fromId(in.text("task.type")));
        LearnerSettings settings = in.call("learnerSettings", () -> new LearnerSettings(
                LearnerKind.fromId(in.text("learnerSettings.type")), in.integer("learnerSettings.epochs"),
                in.number("learnerSettings.learningRate"), in.number("learnerSettings.l2"),
                in.integer("learnerSettings.factors"), in.integer("learnerSettings.patience"),
                "bpr".equals(root.path("learnerSettings").path("loss").asText("log"))));
        if (root.has("members")) {
            JsonNode list = root.get("members");
            if (!list.isArray() || list.isEmpty()) {
                throw new IllegalArgumentException(file + ", field members: expected a list of at least one member");
            }
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String at = "members[" + i + "]";
                members.add(new Member(in.text(at + ".name"), in.file(at + ".dir"), in.number(at + ".weight")));
            }
            in.weights("members", members.stream().map(Member::weight).toList());
            return new ModelManifest(version.asInt(), in.text("strategy"), in.text("learner"), in.wholeNumber("seed"),
                    task, in.number("task.likeThreshold"), settings, null, List.of(), members, in.file("targetItems"),
                    root.path("about"));
        }
        JsonNode keptNode = in.node("features.keptSideFeatures");
        Set<String> kept = null;
        if (!keptNode.isNull() && !keptNode.isMissingNode()) {
            kept = new LinkedHashSet<>();
            for (JsonNode k : keptNode) {
                kept.add(k.asText());
            }
        }
        Features features = new Features(in.optionalFile("features.userTable"), in.optionalFile("features.itemTable"),
                kept, in.optionalText("features.domainCopy"), in.node("features.transferred"),
                in.node("features.mappedUsers").isMissingNode() ? null : new MappedUsers(
                        in.file("features.mappedUsers.file"), in.integer("features.mappedUsers.likeOutput")),
                in.optionalFile("features.baseline"), in.node("features.parts").isMissingNode()
                        ? org.recbridge.features.DomainFeaturizer.Parts.ALL
                        : in.call("features.parts", () -> org.recbridge.features.DomainFeaturizer.Parts.fromId(
                        in.text("features.parts"))));
        if (features.parts() != org.recbridge.features.DomainFeaturizer.Parts.ALL && features.baseline() == null) {
            throw new IllegalArgumentException(file + ", field features.baseline: " + features.parts().id()
                    + " features need the baseline file");
        }
        JsonNode modelsNode = in.node("models");
        if (!modelsNode.isArray() || modelsNode.isEmpty()) {
            throw new IllegalArgumentException(file + ", field models: expected a list of at least one model file");
        }
        List<ModelFile> models = new ArrayList<>();
        for (int i = 0; i < modelsNode.size(); i++) {
            String at = "models[" + i + "]";
            models.add(new ModelFile(in.file(at + ".file"), in.number(at + ".weight"), in.optionalFile(at + ".onnx")));
        }
        in.weights("models", models.stream().map(ModelFile::weight).toList());
        return new ModelManifest(version.asInt(), in.text("strategy"), in.text("learner"), in.wholeNumber("seed"),
                task, in.number("task.likeThreshold"), settings, features, models, List.of(), in.file("targetItems"),
                root.path("about"));
    }

    /**
     * {@code name} if it names something inside the model folder; a manifest is data, and a path that leaves the
     * folder ({@code ../x}, {@code /etc/passwd}) would read, or with a member folder score with, files that are
     * not the model's.
     *
     * @param where the file and field, for the message
     */
    static String insideFolder(String name, String where) {
        java.nio.file.Path p;
        try {
            p = java.nio.file.Path.of(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" is not a file name");
        }
        if (name.isBlank() || p.isAbsolute() || p.startsWith("..") || p.toString().isEmpty()) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" leaves the model folder; expected a file "
                    + "name inside it, such as model-1.tribuo");
        }
        return name;
    }

    /** Reads dotted paths such as {@code models[0].file} and names them in errors. */
    private record Fields(JsonNode root, String file) {
        JsonNode node(String path) {
            JsonNode n = root;
            for (String part : path.split("\\.")) {
                int bracket = part.indexOf('[');
                if (bracket < 0) {
                    n = n.path(part);
                } else {
                    n = n.path(part.substring(0, bracket)).path(Integer.parseInt(part.substring(bracket + 1,
                            part.length() - 1)));
                }
            }
            return n;
        }

        String text(String path) {
            JsonNode n = node(path);
            if (!n.isTextual()) {
                throw missing(path, "a string");
            }
            return n.asText();
        }

        String optionalText(String path) {
            JsonNode n = node(path);
            return n.isTextual() ? n.asText() : null;
        }

        /** A file or folder of the model folder, named relative to it. */
        String file(String path) {
            return insideFolder(text(path), file + ", field " + path);
        }

        String optionalFile(String path) {
            String name = optionalText(path);
            return name == null ? null : file(path);
        }

        /** Refuses weights that cannot weight a mean (see {@link MeanWeights}), naming the list. */
        void weights(String path, List<Double> weights) {
            String why = MeanWeights.problem(weights);
            if (why != null) {
                throw new IllegalArgumentException(file + ", field " + path + ": " + why);
            }
        }

        double number(String path) {
            JsonNode n = node(path);
            if (!n.isNumber()) {
                throw missing(path, "a number");
            }
            return n.asDouble();
        }

        int integer(String path) {
            long v = wholeNumber(path);
            if (v != (int) v) {
                throw missing(path, "a whole number of at most 9 digits");
            }
            return (int) v;
        }

        long wholeNumber(String path) {
            JsonNode n = node(path);
            if (!n.isIntegralNumber() || !n.canConvertToLong()) {
                throw missing(path, "a whole number");
            }
            return n.asLong();
        }

        <T> T call(String path, java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException e) {
                throw e.getMessage().startsWith(file) ? e
                        : new IllegalArgumentException(file + ", field " + path + ": " + e.getMessage());
            }
        }

        private IllegalArgumentException missing(String path, String expected) {
            return new IllegalArgumentException(file + ", field " + path + ": expected " + expected + ", got "
                    + (node(path).isMissingNode() ? "nothing" : node(path).toString()));
        }
    }
}
