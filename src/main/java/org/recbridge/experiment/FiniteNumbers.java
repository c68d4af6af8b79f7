package org.recbridge.experiment;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Numbers in a project file must be finite: JSON reads 1e400 as infinity, and no setting means anything then.
 * Refused with the text as written, so the message shows what the file says.
 */
final class FiniteNumbers {
    private FiniteNumbers() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("finite-project-numbers");
        m.addDeserializer(Double.TYPE, new Reader(Double.TYPE));
        m.addDeserializer(Double.class, new Reader(Double.class));
        return m;
    }

    private static final class Reader extends StdDeserializer<Double> {
        private final boolean primitive;

        Reader(Class<?> type) {
            super(type);
            this.primitive = type.isPrimitive();
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isNumeric()) {
                return (Double) ctxt.handleUnexpectedToken(primitive ? Double.TYPE : Double.class, p);
            }
            double value = p.getDoubleValue();
            if (!Double.isFinite(value)) {
                throw JsonMappingException.from(p, p.getText() + " is too large for a number");
            }
            return value;
        }
    }
}
