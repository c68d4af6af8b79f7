package org.recbridge.transfer;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checked values of every setting a strategy declares, defaults filled in, handed to
 * {@link TransferStrategy#configure}. A null value means "the learner's", resolved at training time.
 */
public final class SettingValues implements java.io.Serializable {
    private final Map<String, Object> values;

    SettingValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new HashMap<>(values));
    }

    public Integer integer(String name) {
        return (Integer) get(name);
    }

    public Double number(String name) {
        return (Double) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> ids(String name) {
        return (List<String>) get(name);
    }

    private Object get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalStateException("setting " + name + " is not declared");
        }
        return values.get(name);
    }
}
