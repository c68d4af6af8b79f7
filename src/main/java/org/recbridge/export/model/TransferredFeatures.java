package org.recbridge.export.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.features.Featurizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.transfer.features.SourceBiasFeaturizer;
import org.recbridge.transfer.features.SourceProfileFeaturizer;
import org.recbridge.transfer.features.UserFactorFeaturizer;
import org.recbridge.transfer.features.SourceScoreFeaturizer;

/**
 * The transferred-feature builders of feature transfer, model transfer and hybrid, saved beside the model: source
 * user profiles ({@code profiles-N.json}), source user biases ({@code biases-N.json}), source-FM user factors
 * ({@code factors-N.json}) and source models whose
 * score is a feature ({@code source-N.tribuo}). The manifest lists them in order under {@code features.transferred};
 * each is read back into the same builder, so the features, and so the scores, come out the same.
 */
final class TransferredFeatures {
    static final String PROFILES = "source-profiles";
    static final String FACTORS = "user-factors";
    static final String SCORE = "source-score";
    static final String BIAS = "source-bias";

    private TransferredFeatures() {
    }

    /** Whether export can save {@code part}, a builder that follows {@code base} in a composite featurizer. */
    static boolean supported(Featurizer part, DomainFeaturizer base) {
        return part instanceof SourceProfileFeaturizer || part instanceof UserFactorFeaturizer
                || part instanceof SourceBiasFeaturizer
                || part instanceof SourceScoreFeaturizer s && s.through() == base;
    }

    static ArrayNode write(List<Featurizer> parts, Path dir, ObjectMapper json) throws IOException {
        ArrayNode out = json.createArrayNode();
        for (int i = 0; i < parts.size(); i++) {
            ObjectNode spec = out.addObject();
            String n = String.valueOf(i + 1);
            if (parts.get(i) instanceof SourceProfileFeaturizer p) {
                spec.put("type", PROFILES).put("prefix", p.prefix()).put("file", "profiles-" + n + ".json");
                json.writeValue(dir.resolve("profiles-" + n + ".json").toFile(), p.profiles());
            } else if (parts.get(i) instanceof UserFactorFeaturizer f) {
                spec.put("type", FACTORS).put("prefix", f.prefix()).put("file", "factors-" + n + ".json");
                json.writeValue(dir.resolve("factors-" + n + ".json").toFile(), f.allFactors());
            } else if (parts.get(i) instanceof SourceBiasFeaturizer b) {
                spec.put("type", BIAS).put("prefix", b.prefix()).put("file", "biases-" + n + ".json");
                BaselineFile.write(b.source(), dir.resolve("biases-" + n + ".json"), json);
            } else {
                SourceScoreFeaturizer s = (SourceScoreFeaturizer) parts.get(i);
                spec.put("type", SCORE).put("name", s.name()).put("model", "source-" + n + ".tribuo")
                        .put("regression", s.regression()).put("centre", s.centre());
                s.sourceModel().tribuoModel().serializeToFile(dir.resolve("source-" + n + ".tribuo"));
            }
        }
        return out;
    }

    /**
     * @param readJson   reads a file of the directory, naming it in errors
     * @param readModel  reads a Tribuo model file of the directory, naming it in errors
     */
    static List<Featurizer> read(JsonNode specs, String manifest, DomainFeaturizer base, Function<String, JsonNode> readJson,
                                 Function<String, FittedModel> readModel) {
        List<Featurizer> out = new ArrayList<>();
        if (specs == null || specs.isMissingNode() || specs.isNull()) {
            return out;
        }
        for (int i = 0; i < specs.size(); i++) {
            JsonNode spec = specs.get(i);
            String at = manifest + ", field features.transferred[" + i + "]";
            switch (spec.path("type").asText()) {
                case PROFILES -> out.add(SourceProfileFeaturizer.of(text(spec, "prefix", at),
                        profiles(readJson.apply(file(spec, "file", at)), at), base.itemTable()));
                case FACTORS -> out.add(new UserFactorFeaturizer(text(spec, "prefix", at),
                        factors(readJson.apply(file(spec, "file", at)), at)));
                case SCORE -> out.add(new SourceScoreFeaturizer(text(spec, "name", at),
                        readModel.apply(file(spec, "model", at)), base, spec.path("regression").asBoolean(),
                        spec.path("centre").asDouble()));
                case BIAS -> {
                    String file = file(spec, "file", at);
                    out.add(new SourceBiasFeaturizer(text(spec, "prefix", at),
                            BaselineFile.read(readJson.apply(file), manifest + ", file " + file)));
                }
                default -> throw new IllegalArgumentException(at + ": unknown feature builder \""
                        + spec.path("type").asText() + "\"; expected " + PROFILES + ", " + FACTORS + ", " + BIAS
                        + " or " + SCORE);
            }
        }
        return out;
    }

    private static String file(JsonNode spec, String field, String at) {
        return ModelManifest.insideFolder(text(spec, field, at), at + "." + field);
    }

    private static String text(JsonNode spec, String field, String at) {
        if (!spec.path(field).isTextual()) {
            throw new IllegalArgumentException(at + "." + field + ": expected a string");
        }
        return spec.get(field).asText();
    }

    private static Map<String, SourceProfileFeaturizer.Profile> profiles(JsonNode node, String at) {
        Map<String, SourceProfileFeaturizer.Profile> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            Map<String, Double> preference = new LinkedHashMap<>();
            p.path("preference").fields().forEachRemaining(x -> preference.put(x.getKey(), x.getValue().asDouble()));
            if (!p.path("meanRating").isNumber() || !p.path("likeRate").isNumber() || !p.path("activity").isNumber()) {
                throw new IllegalArgumentException(at + ": the profile of user " + e.getKey() + " is damaged");
            }
            out.put(e.getKey(), new SourceProfileFeaturizer.Profile(p.get("meanRating").asDouble(),
                    p.get("likeRate").asDouble(), p.get("activity").asDouble(), preference));
        }
        return out;
    }

    /** Vectors by user, as written by Jackson from a {@code Map<String, double[]>}. */
    static Map<String, double[]> factors(JsonNode node, String at) {
        Map<String, double[]> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double[] v = new double[e.getValue().size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = e.getValue().get(k).asDouble();
            }
            out.put(e.getKey(), v);
        }
        return out;
    }
}
