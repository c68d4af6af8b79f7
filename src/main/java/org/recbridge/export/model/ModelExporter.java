package org.recbridge.export.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.recbridge.RecBridgeVersion;
import org.recbridge.experiment.ExperimentRunner.Outcome;
import org.recbridge.experiment.RunInfo;
import org.recbridge.experiment.RunRecord;
import org.recbridge.features.AugmentedFeaturizer;
import org.recbridge.features.CompositeFeaturizer;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.features.Featurizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.transfer.Blend;
import org.recbridge.transfer.MappedUserPredictor;
import org.recbridge.transfer.Predictor;
import org.recbridge.transfer.WeightedModels;
import org.recbridge.util.FileProblemException;
import org.recbridge.util.Leftovers;
import org.tribuo.Model;
import org.tribuo.ONNXExportable;

/**
 * Writes the final model of a run as a directory: {@value ModelManifest#FILE} (the manifest), the Tribuo
 * model(s) as protobuf ({@code model-N.tribuo}, never Java serialization), ONNX beside each where Tribuo can
 * write it, the side tables the features are built from, the target items, {@code provenance.json} and
 * {@code model-card.md}. The directory is written under a temporary name and renamed into place, so a failed
 * export never leaves a half-written model where a complete one is expected.
 *
 * <p>Exportable are the strategies that score target rows with Tribuo models over the base target features,
 * in the joint strategy's domain copies, or with transferred features ({@link TransferredFeatures}), and blends of
 * them (ensemble, multi-source), and EMCDR's target model with its mapped user factors: every built-in strategy.
 * A predictor of another kind (a strategy added without export support) is refused, naming the strategy.
 */
public final class ModelExporter {
    static final String USER_TABLE = "users.json";
    static final String ITEM_TABLE = "items.json";
    static final String TARGET_ITEMS = "target-items.txt";
    static final String PROVENANCE = "provenance.json";
    static final String CARD = "model-card.md";
    static final String MAPPED_USERS = "mapped-users.json";
    static final String BASELINE = "baseline.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelExporter() {
    }

    /** The folder name of a run's model: see {@link ExportFolderName}. */
    public static String folderName(RunInfo info) {
        return ExportFolderName.of(info.strategy(), info.learner(), info.seed());
    }

    /** Null when the run's model can be exported, else why not (naming the strategy). */
    public static String unsupported(Outcome outcome) {
        String strategy = outcome.info().strategy();
        if (exportable(outcome.trained().predictor())) {
            return null;
        }
        return "the " + strategy + " strategy cannot be exported: its predictor ("
                + outcome.trained().predictor().getClass().getSimpleName() + ") is not one RecBridge knows how to save "
                + "(every built-in strategy is)";
    }

    /**
     * Exports the run's final model into {@code parent/}{@link #folderName}, replacing an earlier export there.
     *
     * @return the model directory
     * @throws IllegalArgumentException if the strategy cannot be exported ({@link #unsupported})
     * @throws IOException              naming the file that could not be written
     */
    public static Path export(Outcome outcome, ExportContext context, Path parent) throws IOException {
        String why = unsupported(outcome);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        Path target = parent.resolve(folderName(outcome.info()));
        Files.createDirectories(parent);
        // what an export killed midway (kill -9) left here is removed; the new one is written under such a name
        Leftovers.clean(parent);
        Path temp = Leftovers.createFolder(parent, target.getFileName().toString());
        try {
            write(outcome, context, temp);
            replace(temp, target);
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
        return target;
    }

    private static void write(Outcome outcome, ExportContext context, Path dir) throws IOException {
        RunInfo info = outcome.info();
        List<String> notes = new ArrayList<>();
        ModelManifest scoring = writeScoring(outcome.trained().predictor(), info.strategy(), info, context, dir, notes);
        JSON.writeValue(dir.resolve(PROVENANCE).toFile(), info.provenance());
        ModelManifest manifest = scoring.withAbout(about(outcome, context, notes));
        JSON.writeValue(dir.resolve(ModelManifest.FILE).toFile(), manifest.toJson(JSON));
        Files.writeString(dir.resolve(CARD), ModelCard.markdown(manifest, context, outcome.records()),
                StandardCharsets.UTF_8);
    }

    /**
     * Writes what scoring needs into {@code dir} and returns its manifest (without {@code about}). A blend writes
     * each member as a complete model directory {@code member-N/} of its own, usable alone.
     */
    private static ModelManifest writeScoring(Predictor predictor, String strategy, RunInfo info, ExportContext context,
                                              Path dir, List<String> notes) throws IOException {
        Files.write(dir.resolve(TARGET_ITEMS), context.targetItems(), StandardCharsets.UTF_8);
        if (predictor instanceof Blend blend) {
            List<ModelManifest.Member> members = new ArrayList<>();
            for (int i = 0; i < blend.members().size(); i++) {
                String sub = "member-" + (i + 1);
                Path memberDir = Files.createDirectories(dir.resolve(sub));
                ModelManifest member = writeScoring(blend.members().get(i), blend.names().get(i), info, context,
                        memberDir, notes);
                ObjectNode about = JSON.createObjectNode().put("memberOf", strategy);
                JSON.writeValue(memberDir.resolve(ModelManifest.FILE).toFile(), member.withAbout(about).toJson(JSON));
                members.add(new ModelManifest.Member(blend.names().get(i), sub, blend.weights().get(i)));
            }
            return ModelManifest.blend(strategy, info, context.task(), members, TARGET_ITEMS);
        }
        // EMCDR: the target FM plus the mapped factors of users it never saw
        MappedUserPredictor mapped = predictor instanceof MappedUserPredictor m ? m : null;
        WeightedModels models = mapped != null ? WeightedModels.single(mapped.target(), mapped.featurizer())
                : (WeightedModels) predictor;
        DomainFeaturizer base = baseOf(models.featurizer());
        String domainCopy = models.featurizer() instanceof AugmentedFeaturizer a ? a.domain() : null;
        List<Featurizer> transferred = models.featurizer() instanceof CompositeFeaturizer c
                ? c.parts().subList(1, c.parts().size()) : List.of();
        List<ModelManifest.ModelFile> files = new ArrayList<>();
        for (int i = 0; i < models.models().size(); i++) {
            Model<?> model = models.models().get(i).tribuoModel();
            String name = "model-" + (i + 1);
            model.serializeToFile(dir.resolve(name + ".tribuo"));
            files.add(new ModelManifest.ModelFile(name + ".tribuo", models.weights().get(i),
                    onnx(model, dir, name, notes)));
        }
        String users = writeTable(base.userTable(), dir, USER_TABLE);
        String items = writeTable(base.itemTable(), dir, ITEM_TABLE);
        ModelManifest.MappedUsers mappedUsers = null;
        if (mapped != null) {
            JSON.writeValue(dir.resolve(MAPPED_USERS).toFile(), mapped.mapped());
            mappedUsers = new ModelManifest.MappedUsers(MAPPED_USERS, mapped.likeOutput());
            notes.add("model-1.onnx scores users the target model saw; cold-start users also need their mapped "
                    + "factors from " + MAPPED_USERS + ", which only predict applies");
        }
        String baseline = null;
        if (base.baseline() != null) {
            baseline = BASELINE;
            BaselineFile.write(base.baseline(), dir.resolve(BASELINE), JSON);
        }
        ModelManifest.Features features = new ModelManifest.Features(users, items, base.keptSideFeatures(), domainCopy,
                TransferredFeatures.write(transferred, dir, JSON), mappedUsers, baseline, base.parts());
        return ModelManifest.models(strategy, info, context.task(), features, files, TARGET_ITEMS);
    }

    /** Whether export can rebuild this predictor: Tribuo models over features it can save, or a blend of such. */
    private static boolean exportable(Predictor p) {
        if (p instanceof Blend blend) {
            return blend.members().stream().allMatch(ModelExporter::exportable);
        }
        if (p instanceof MappedUserPredictor m) {
            return baseOf(m.featurizer()) != null;
        }
        return p instanceof WeightedModels wm && baseOf(wm.featurizer()) != null;
    }

    /**
     * The base target featurizer a model scores through, or null if export cannot rebuild its features: the base
     * alone, in the joint strategy's domain copies, or followed by transferred-feature builders export can save.
     */
    private static DomainFeaturizer baseOf(Featurizer f) {
        if (f instanceof CompositeFeaturizer c && c.parts().get(0) instanceof DomainFeaturizer base) {
            return c.parts().stream().skip(1).allMatch(p -> TransferredFeatures.supported(p, base)) ? base : null;
        }
        Featurizer inner = f instanceof AugmentedFeaturizer a ? a.base() : f;
        return inner instanceof DomainFeaturizer d ? d : null;
    }

    /**
     * Tribuo writes ONNX for its linear and FM models. The ONNX graph takes Tribuo's feature vector, so it is
     * only of use with the features built as the manifest says; models Tribuo cannot write get a note instead.
     */
    private static String onnx(Model<?> model, Path dir, String name, List<String> notes) {
        if (!(model instanceof ONNXExportable exportable)) {
            notes.add(name + ": no ONNX file (Tribuo cannot write " + model.getClass().getSimpleName() + " as ONNX)");
            return null;
        }
        try {
            exportable.saveONNXModel("org.recbridge", 1, dir.resolve(name + ".onnx"));
            return name + ".onnx";
        } catch (IOException | RuntimeException e) {
            notes.add(name + ": no ONNX file (" + e.getMessage() + ")");
            return null;
        }
    }

    private static String writeTable(org.recbridge.data.FeatureTable table, Path dir, String file) throws IOException {
        if (table == null) {
            return null;
        }
        JSON.writeValue(dir.resolve(file).toFile(), SideTableFile.toJson(table, JSON));
        return file;
    }

    /** What people want to know and loading ignores: project, data, metrics, date, version. */
    private static ObjectNode about(Outcome outcome, ExportContext context, List<String> notes) {
        RunInfo info = outcome.info();
        ObjectNode about = JSON.createObjectNode();
        about.put("project", context.project());
        about.put("recbridgeVersion", RecBridgeVersion.VERSION);
        about.put("created", OffsetDateTime.now().toString());
        context.data().forEach(about.putArray("data")::add);
        ObjectNode validation = about.putObject("validation");
        validation.put("metric", info.curve().metric());
        validation.put("keptEpoch", info.curve().bestEpoch());
        putNumber(validation, "value", BestRuns.validationAt(info, false));
        ObjectNode test = about.putObject("test");
        for (RunRecord r : outcome.records()) {
            ObjectNode group = test.putObject(r.group());
            group.put("users", r.users());
            group.put("rows", r.rows());
            r.metrics().forEach((k, v) -> putNumber(group, k, v));
        }
        ObjectNode details = about.putObject("details");
        info.details().forEach((k, v) -> putNumber(details, k, v));
        notes.forEach(about.putArray("notes")::add);
        return about;
    }

    /** As results.json: a number, or null when undefined (NaN, an AUC on one class) or infinite. */
    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    /** Puts the new directory in place of an earlier export, which is deleted only once the new one is there. */
    private static void replace(Path temp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Leftovers.createFolder(target.getParent(), target.getFileName().toString());
            Files.delete(old);
            Files.move(target, old);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target);
            }
            throw new FileProblemException(target + ": cannot put the exported model in place: " + e.getMessage(), e);
        }
        deleteTree(old);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
