package org.recbridge.ui.analysis;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One choice a chart offers (a learner, a seed, a user group): what can be chosen and what is. */
public final class Choice<T> {
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ObjectProperty<T> value = new SimpleObjectProperty<>();

    /** New options; the current value stays when it is still one of them, else the first is chosen. */
    void offer(List<T> options) {
        T kept = value.get();
        items.setAll(options);
        value.set(kept != null && options.contains(kept) ? kept : options.isEmpty() ? null : options.get(0));
    }

    public ObservableList<T> items() {
        return items;
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T get() {
        return value.get();
    }
}
