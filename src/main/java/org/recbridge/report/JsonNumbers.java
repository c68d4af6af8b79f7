package org.recbridge.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Numbers in results files are JSON numbers or null, never strings: an undefined value (NaN, e.g. an AUC on
 * one class) or an infinite one is written as null, and read back into a {@code double} as NaN. Jackson on its
 * own writes "NaN" and "Infinity" as strings, which other tools read as text.
 */
public final class JsonNumbers {
    private JsonNumbers() {
    }

    public static SimpleModule module() {
        SimpleModule m = new SimpleModule("finite-numbers");
        m.addSerializer(Double.class, new Writer());
        m.addSerializer(Double.TYPE, new Writer());
        m.addDeserializer(Double.TYPE, new Reader());
        return m;
    }

    private static final class Writer extends StdSerializer<Double> {
        Writer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                gen.writeNull();
            } else {
                gen.writeNumber(value);
            }
        }
    }

    /** null back to NaN; also reads the "NaN"/"Infinity" strings of results written before this rule. */
    private static final class Reader extends StdDeserializer<Double> {
        Reader() {
            super(Double.TYPE);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    return Double.parseDouble(p.getText().trim());
                } catch (NumberFormatException e) {
                    return (Double) ctxt.handleWeirdStringValue(Double.TYPE, p.getText(), "not a number");
                }
            }
            return p.getValueAsDouble();
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) {
            return Double.NaN;
        }
    }
}
