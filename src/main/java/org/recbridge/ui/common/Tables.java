package org.recbridge.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * Small helpers for read-only tables: columns from a getter, headers and cells that explain themselves, and
 * widths that fit the headers and the values shown.
 */
public final class Tables {
    /** The column property holding the function from a row to the text its cell shows, for measuring. */
    private static final String TEXT = "recbridge.cellText";
    /** Room beside a text: the cell's padding, and in a header the sort arrow. */
    private static final double CELL_PADDING = 18;
    private static final double HEADER_PADDING = 30;
    /** Rows measured at most: enough for any results table, bounded for a large one. */
    private static final int MEASURED_ROWS = 2000;

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
        cellText(c, row -> {
            T v = value.apply(row);
            return v == null ? "" : String.valueOf(v);
        });
        return c;
    }

    /** What a cell of {@code column} shows for a row, when its cell factory writes something else than the value. */
    public static <S> void cellText(TableColumn<S, ?> column, Function<S, String> text) {
        column.getProperties().put(TEXT, text);
    }

    /**
     * Sizes every column of {@code table} to its header and the widest text its cells show, now and whenever the
     * rows or the columns change, so no header reads "lear…" and no verdict "worse, negat…"; a table wider than
     * its pane scrolls instead.
     */
    public static <S> void fitToContent(TableView<S> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Runnable fit = () -> table.getColumns().forEach(c -> fit(table, c));
        table.itemsProperty().addListener((o, a, b) -> fit.run());
        table.getItems().addListener((ListChangeListener<S>) change -> fit.run());
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> fit.run());
        fit.run();
    }

    /** The width {@code column} needs for its header and the text of its first rows. */
    public static <S> double contentWidth(TableView<S> table, TableColumn<S, ?> column) {
        Text probe = new Text(header(column));
        probe.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        double width = probe.getLayoutBounds().getWidth() + HEADER_PADDING;
        @SuppressWarnings("unchecked")
        Function<S, String> text = (Function<S, String>) column.getProperties().get(TEXT);
        if (text != null) {
            probe.setFont(Font.getDefault());
            List<S> rows = table.getItems();
            for (int i = 0; i < Math.min(rows.size(), MEASURED_ROWS); i++) {
                probe.setText(text.apply(rows.get(i)));
                width = Math.max(width, probe.getLayoutBounds().getWidth() + CELL_PADDING);
            }
        }
        return Math.ceil(width);
    }

    private static <S> void fit(TableView<S> table, TableColumn<S, ?> column) {
        column.setPrefWidth(contentWidth(table, column));
    }

    private static String header(TableColumn<?, ?> column) {
        return column.getGraphic() instanceof Label l ? l.getText() : column.getText() == null ? "" : column.getText();
    }

    /** Cells showing {@code text} of their value, with the tooltip {@code help} gives for it (null: none). */
    public static <S, T> void cells(TableColumn<S, T> column, Function<T, String> text, Function<T, String> help) {
        cellText(column, row -> {
            T v = column.getCellObservableValue(row) == null ? null : column.getCellObservableValue(row).getValue();
            return v == null ? "" : text.apply(v);
        });
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
