package org.recbridge.ui.experiment;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.recbridge.transfer.Setting;

/**
 * One setting of the selected strategy as typed, before it is applied to a configuration; empty text keeps
 * the default. The validator's message about this setting is shown beside it.
 */
public final class SettingDraft {
    private final Setting setting;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    SettingDraft(Setting setting) {
        this.setting = setting;
    }

    public Setting setting() {
        return setting;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setError(String message) {
        error.set(message);
    }

    /**
     * The typed text as the JSON value a project file would hold: a whole number, a number, a list of ids,
     * or the text itself, so the strategy's own check says what is wrong with it.
     */
    Object value() {
        String t = text.get().trim();
        if (setting.type() == Setting.Type.STRATEGY_IDS) {
            return java.util.Arrays.stream(t.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        }
        if (t.matches("[-+]?\\d{1,18}")) {
            long v = Long.parseLong(t);
            return setting.type() == Setting.Type.NUMBER ? (Object) (double) v : (Object) v;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return t;
        }
    }

    boolean isEmpty() {
        return text.get().isBlank();
    }
}
