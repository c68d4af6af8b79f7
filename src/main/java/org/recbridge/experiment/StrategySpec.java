package org.recbridge.experiment;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a project's {@code strategies}: a plain id ({@code "pooled"}) or an object with the id and
 * settings ({@code {"id": "fine-tune", "targetEpochs": 5}}). Settings are kept as plain JSON values here and
 * checked against the strategy's declared settings by {@link ProjectIO}, which can name the field path.
 * Written back as a plain id when there are no settings, so existing files keep their form.
 */
@JsonDeserialize(using = StrategySpec.Reader.class)
public record StrategySpec(String id, Map<String, Object> settings) {
    public StrategySpec {
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    public static StrategySpec of(String id) {
        return new StrategySpec(id, Map.of());
    }

    @JsonValue
    Object json() {
        if (settings.isEmpty()) {
            return id;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.putAll(settings);
        return out;
    }

    static final class Reader extends JsonDeserializer<StrategySpec> {
        @Override
        public StrategySpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p); // not p.readValueAsTree(): that would check for text after the strategy
            if (node.isTextual()) {
                return of(node.textValue());
            }
            if (!node.isObject() || !node.path("id").isTextual()) {
                return ctxt.reportInputMismatch(StrategySpec.class, "expected a strategy id or an object with "
                        + "\"id\" and settings, e.g. {\"id\": \"fine-tune\", \"targetEpochs\": 5}");
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("id")) {
                    settings.put(e.getKey(), ctxt.readTreeAsValue(e.getValue(), Object.class));
                }
            }
            return new StrategySpec(node.get("id").textValue(), settings);
        }
    }
}
