package org.recbridge.ui.analysis;

import java.util.Comparator;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.recbridge.ui.common.HintWording;
import org.recbridge.ui.common.Tables;

/**
 * The hints beside one chart: those whose number this chart shows first and in bold, then the others with the
 * chart that shows theirs; clicking a hint opens its chart.
 */
final class HintsPane {
    private final BorderPane root = new BorderPane();

    /**
     * {@code open}: what a click on a hint does (opens the chart with its evidence); {@code source}: what the
     * hints are drawn from, null until there is something, when the list says {@code waiting} rather than that
     * the rules found nothing.
     */
    HintsPane(ObservableList<PlacedHint> hints, Consumer<PlacedHint> open, Evidence here, ObservableValue<?> source,
              String waiting, HintWording wording) {
        SortedList<PlacedHint> ordered = new SortedList<>(hints, Comparator
                .comparing((PlacedHint h) -> h.evidence() != here).thenComparingInt(PlacedHint::number));
        ListView<PlacedHint> list = new ListView<>(ordered);
        list.setId("hints-" + here.name().toLowerCase(java.util.Locale.ROOT));
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> source.getValue() == null ? waiting
                : "No hints: the rules found nothing to point out here.", source));
        placeholder.setId(list.getId() + "-placeholder");
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(v.widthProperty().subtract(20));
                setOnMouseClicked(e -> {
                    if (getItem() != null) {
                        open.accept(getItem());
                    }
                });
            }

            @Override
            protected void updateItem(PlacedHint h, boolean empty) {
                super.updateItem(h, empty);
                getStyleClass().removeAll("hint-here", "hint-warning");
                if (empty || h == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(h.number() + ". " + wording.text(h.hint())
                        + (h.evidence() == here ? "" : "  (see " + h.evidence().title() + ")"));
                if (h.evidence() == here) {
                    getStyleClass().add("hint-here");
                }
                if (h.warning()) {
                    getStyleClass().add("hint-warning");
                }
                setTooltip(Tables.tooltip(wording.other(h.hint()) + "\n\nClick to open the chart that shows this: "
                        + h.evidence().title()));
            }
        });
        Label title = new Label("Hints (click one to open its chart)");
        title.getStyleClass().add("section-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, title, gap, wording.toggle(list));
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(top);
        root.setCenter(list);
        root.setPadding(new Insets(4));
        root.setMinWidth(MIN_WIDTH);
    }

    /** Wide enough for the title, the wording toggle and a few words per line of a hint. */
    static final double MIN_WIDTH = 260;
    /** The hints' width beside a chart until the person moves the divider. */
    static final double WIDTH = 340;

    /**
     * {@code content} with these hints beside it, {@value #WIDTH} px wide whatever the window's size until the
     * person touches the pane: a fraction of the width set once came out 90 px wide (a word per line) or half the
     * window at 1280x720, after the window's first layouts at other sizes.
     */
    SplitPane beside(Node content) {
        SplitPane split = new SplitPane(content, root);
        SplitPane.setResizableWithParent(root, false);
        boolean[] touched = {false};
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> touched[0] = true);
        split.widthProperty().addListener((o, before, width) -> {
            if (!touched[0] && width.doubleValue() > 2 * WIDTH) {
                split.setDividerPositions(1 - WIDTH / width.doubleValue());
            }
        });
        return split;
    }
}
