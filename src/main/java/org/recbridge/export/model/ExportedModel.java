package org.recbridge.export.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recbridge.data.FeatureTable;
import org.recbridge.features.AugmentedFeaturizer;
import org.recbridge.features.CompositeFeaturizer;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.features.Featurizer;
import org.recbridge.transfer.features.SourceBiasFeaturizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.task.Row;
import org.recbridge.transfer.Blend;
import org.recbridge.transfer.MappedUserPredictor;
import org.recbridge.transfer.Predictor;
import org.recbridge.transfer.WeightedModels;
import org.recbridge.util.FileProblemException;
import org.recbridge.util.JsonFiles;
import org.tribuo.Model;

/**
 * A model directory read back: the manifest and a predictor built exactly as the run's ({@link WeightedModels}
 * over the same features, or a {@link Blend} of member directories), so it scores new rows as the run scored its
 * test rows.
 */
public record ExportedModel(Path dir, ModelManifest manifest, Predictor predictor, List<String> targetItems,
                            KnownIds known) {
    /**
     * @throws IllegalArgumentException naming the directory or file when it is not a RecBridge model, of an
     *                                  unknown format version, or damaged (a file missing or unreadable)
     */
    public static ExportedModel load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a model directory (" + (Files.exists(dir)
                    ? "a file; give the folder that holds " + ModelManifest.FILE : "no such folder") + ")");
        }
        Path manifestFile = dir.resolve(ModelManifest.FILE);
        if (!Files.isRegularFile(manifestFile)) {
            throw new IllegalArgumentException(dir + ": not a RecBridge model (no " + ModelManifest.FILE + ")");
        }
        ModelManifest manifest = ModelManifest.fromJson(readJson(manifestFile), manifestFile.toString());
        List<String> items = lines(dir.resolve(manifest.targetItems()));
        if (!manifest.members().isEmpty()) {
            List<Predictor> members = new ArrayList<>();
            List<KnownIds> known = new ArrayList<>();
            for (ModelManifest.Member m : manifest.members()) {
                ExportedModel member = load(dir.resolve(m.dir()));
                members.add(member.predictor());
                known.add(member.known());
            }
            return new ExportedModel(dir, manifest, new Blend(manifest.members().stream().map(ModelManifest.Member::name)
                    .toList(), members, manifest.members().stream().map(ModelManifest.Member::weight).toList()), items,
                    new KnownIds(List.of(), java.util.Set.of(), java.util.Set.of(), false, known));
        }
        List<FittedModel> models = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (ModelManifest.ModelFile f : manifest.models()) {
            models.add(readModel(dir.resolve(f.file()), manifest));
            weights.add(f.weight());
        }
        ModelManifest.Features spec = manifest.features();
        DomainFeaturizer base = DomainFeaturizer.of(table(dir, spec.userTable()), table(dir, spec.itemTable()),
                spec.keptSideFeatures(), spec.baseline() == null ? null
                        : BaselineFile.read(readJson(dir.resolve(spec.baseline())), dir.resolve(spec.baseline()).toString()),
                spec.parts());
        Featurizer features = base;
        List<Featurizer> transferred = TransferredFeatures.read(spec.transferred(), manifestFile.toString(), base,
                file -> readJson(dir.resolve(file)), file -> readModel(dir.resolve(file), manifest));
        if (!transferred.isEmpty()) {
            features = CompositeFeaturizer.of(base, transferred);
        }
        java.util.Set<String> knownUsers = new java.util.HashSet<>();
        java.util.Set<String> knownItems = new java.util.HashSet<>();
        if (base.baseline() != null) {
            knownItems.addAll(base.baseline().items());
            if (base.parts() != DomainFeaturizer.Parts.ITEM_QUALITY) {
                knownUsers.addAll(base.baseline().users());
            }
        }
        transferred.stream().filter(t -> t instanceof SourceBiasFeaturizer)
                .forEach(t -> knownUsers.addAll(((SourceBiasFeaturizer) t).source().users()));
        boolean anyUser = base.parts() == DomainFeaturizer.Parts.ITEM_QUALITY && transferred.isEmpty();
        if (spec.domainCopy() != null) {
            features = new AugmentedFeaturizer(features, spec.domainCopy());
        }
        List<org.tribuo.ImmutableFeatureMap> maps = models.stream().map(m -> m.tribuoModel().getFeatureIDMap()).toList();
        ModelManifest.MappedUsers mapped = spec.mappedUsers();
        if (mapped != null) {
            var factors = TransferredFeatures.factors(readJson(dir.resolve(mapped.file())),
                    dir.resolve(mapped.file()).toString());
            return new ExportedModel(dir, manifest, new MappedUserPredictor(models.get(0), features, factors,
                    mapped.likeOutput()), items, new KnownIds(maps, union(knownUsers, factors.keySet()), knownItems,
                    anyUser, List.of()));
        }
        return new ExportedModel(dir, manifest, new WeightedModels(models, weights, features), items,
                new KnownIds(maps, knownUsers, knownItems, anyUser, List.of()));
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** P(like), or the predicted rating, of each row. */
    public double[] predict(List<Row> rows) {
        return predictor.predict(rows);
    }

    private static FittedModel readModel(Path file, ModelManifest manifest) {
        Model<?> model;
        try {
            model = Model.deserializeFromFile(file);
        } catch (IOException | RuntimeException e) {
            throw damaged(file, e);
        }
        try {
            return FittedModel.reloaded(model, manifest.task(), manifest.learnerSettings());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage() + " named in " + ModelManifest.FILE);
        }
    }

    private static FeatureTable table(Path dir, String file) {
        return file == null ? null : SideTableFile.fromJson(readJson(dir.resolve(file)), dir.resolve(file).toString());
    }

    private static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            throw damaged(file, null);
        }
        try {
            return JsonFiles.readTree(file);
        } catch (FileProblemException e) {
            throw new IllegalArgumentException(e.getMessage() + " (damaged model directory)");
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw damaged(file, e);
        }
    }

    private static IllegalArgumentException damaged(Path file, Exception e) {
        String why = e != null && Files.exists(file) ? String.valueOf(e.getMessage()).lines().findFirst().orElse("unreadable")
                : "missing";
        return new IllegalArgumentException(file + ": damaged model directory (" + why + ")");
    }
}
