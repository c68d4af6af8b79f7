package org.recbridge.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Small helpers for read-only tables: columns from a getter, headers and cells that explain themselves. */
public final class Tables {
    private Tables() {
    }

    /** A column showing {@code value} of each row, its header explained by {@code help} (null: none). */
    public static <S, T> TableColumn<S, T> column(String title, String help, Function<S, T> value) {
        TableColumn<S, T> c = new TableColumn<>();
        Label header = new Label(title);
        if (help != null) {
            header.setTooltip(tooltip(help));
        }
        c.setGraphic(header);
        c.setId(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    /** Cells showing {@code text} of their value, with the tooltip {@code help} gives for it (null: none). */
    public static <S, T> void cells(TableColumn<S, T> column, Function<T, String> text, Function<T, String> help) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                String h = empty || item == null || help == null ? null : help.apply(item);
                setTooltip(h == null ? null : tooltip(h));
            }
        });
    }

    /** A wrapping tooltip that stays long enough to be read. */
    public static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(480);
        t.setShowDuration(Duration.seconds(30));
        t.setShowDelay(Duration.millis(400));
        return t;
    }
}
