package org.recbridge.export.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.FeatureTable;

/**
 * A user or item side table as JSON, so an exported model builds the same side features for new rows:
 * {@code {"key": "item", "columns": {"genre": "CATEGORICAL", ...}, "rows": {"i1": ["Drama", ...], ...}}}.
 * Numeric values are numbers, categorical and token values strings, missing values null. The standardisation
 * of numeric columns is not stored: it is the table's own mean and spread, recomputed identically on load.
 */
final class SideTableFile {
    private SideTableFile() {
    }

    static ObjectNode toJson(FeatureTable table, ObjectMapper json) {
        ObjectNode out = json.createObjectNode();
        out.put("key", table.keyColumn());
        ObjectNode columns = out.putObject("columns");
        table.columns().forEach((name, role) -> columns.put(name, role.name()));
        ObjectNode rows = out.putObject("rows");
        for (String key : table.keys().names()) {
            ArrayNode values = rows.putArray(key);
            for (Object v : table.values(key)) {
                if (v == null) {
                    values.addNull();
                } else if (v instanceof Number n) {
                    values.add(n.doubleValue());
                } else {
                    values.add(v.toString());
                }
            }
        }
        return out;
    }

    /** @throws IllegalArgumentException naming {@code file} and the field when the JSON is not such a table */
    static FeatureTable fromJson(JsonNode node, String file) {
        JsonNode columnsNode = node.path("columns");
        JsonNode rowsNode = node.path("rows");
        if (!node.path("key").isTextual() || !columnsNode.isObject() || !rowsNode.isObject()) {
            throw new IllegalArgumentException(file + ": not a side table (expected fields key, columns, rows)");
        }
        Map<String, ColumnRole> columns = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = columnsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                columns.put(e.getKey(), ColumnRole.valueOf(e.getValue().asText()));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(file + ", field columns." + e.getKey() + ": unknown role \""
                        + e.getValue().asText() + "\"");
            }
        }
        ColumnRole[] roles = columns.values().toArray(new ColumnRole[0]);
        FeatureTable table = new FeatureTable(node.get("key").asText(), columns);
        for (Iterator<Map.Entry<String, JsonNode>> it = rowsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode values = e.getValue();
            if (!values.isArray() || values.size() != roles.length) {
                throw new IllegalArgumentException(file + ", field rows." + e.getKey() + ": expected " + roles.length
                        + " values");
            }
            Object[] row = new Object[roles.length];
            for (int c = 0; c < roles.length; c++) {
                JsonNode v = values.get(c);
                row[c] = v.isNull() ? null : roles[c] == ColumnRole.NUMERIC ? (Object) v.asDouble() : v.asText();
            }
            table.put(e.getKey(), row);
        }
        return table;
    }
}
