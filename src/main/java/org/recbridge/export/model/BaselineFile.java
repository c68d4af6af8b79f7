package org.recbridge.export.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recbridge.features.BaselineFeatures;
import org.recbridge.task.TaskKind;

/**
 * A domain's baseline features saved beside a model ({@code baseline.json} for the target's, {@code biases-N.json}
 * for a source's user biases): the sums they are computed from, so a reloaded model computes the same numbers.
 * Items are {@code [rows, rating sum, like sum, residual sum, first-pass bias]}, users {@code [rows, residual sum,
 * like residual sum]}.
 */
final class BaselineFile {
    private static final int ITEM_FIELDS = 5;
    private static final int USER_FIELDS = 3;

    private BaselineFile() {
    }

    static void write(BaselineFeatures baseline, Path file, ObjectMapper json) throws IOException {
        BaselineFeatures.Sums sums = baseline.sums();
        ObjectNode out = json.createObjectNode();
        out.put("task", sums.kind().id());
        out.put("mu", sums.mu());
        out.put("likeMu", sums.likeMu());
        out.put("itemShrinkage", sums.shrinkage().item());
        out.put("userShrinkage", sums.shrinkage().user());
        out.set("items", json.valueToTree(sums.items()));
        out.set("users", json.valueToTree(sums.users()));
        json.writeValue(file.toFile(), out);
    }

    /** @param file how errors name it */
    static BaselineFeatures read(JsonNode node, String file) {
        try {
            TaskKind kind = TaskKind.fromId(node.path("task").asText());
            return BaselineFeatures.of(new BaselineFeatures.Sums(kind, number(node, "mu"), number(node, "likeMu"),
                    new BaselineFeatures.Shrinkage(number(node, "itemShrinkage"), number(node, "userShrinkage")),
                    vectors(node.path("items"), ITEM_FIELDS, "items"), vectors(node.path("users"), USER_FIELDS, "users")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": damaged model directory (" + e.getMessage() + ")");
        }
    }

    private static double number(JsonNode node, String field) {
        if (!node.path(field).isNumber()) {
            throw new IllegalArgumentException("field " + field + ": expected a number");
        }
        return node.get(field).asDouble();
    }

    private static Map<String, double[]> vectors(JsonNode node, int size, String field) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("field " + field + ": expected an object of id to numbers");
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.isArray() || v.size() != size) {
                throw new IllegalArgumentException("field " + field + "." + e.getKey() + ": expected " + size + " numbers");
            }
            double[] values = new double[size];
            for (int k = 0; k < size; k++) {
                if (!v.get(k).isNumber()) {
                    throw new IllegalArgumentException("field " + field + "." + e.getKey() + ": expected " + size
                            + " numbers");
                }
                values[k] = v.get(k).asDouble();
            }
            out.put(e.getKey(), values);
        }
        return out;
    }
}
