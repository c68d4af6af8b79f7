package org.recbridge.ui.teach;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import org.recbridge.chart.ChartZoom;
import org.recbridge.lesson.Concept;
import org.recbridge.lesson.ConceptCard;
import org.recbridge.lesson.ConceptCards;

/**
 * Help ▸ Concepts: the ideas listed on the left; the chosen card on the right, its text in plain words and a small
 * chart drawn from its lesson's data, with a line saying what the chart shows.
 */
public final class ConceptsView {
    private final Stage stage = new Stage();
    private final ConceptsViewModel model;
    private final ListView<ConceptCard> list = new ListView<>();

    public ConceptsView(ConceptsViewModel model, Window owner, ZoomViewModel zoom) {
        this.model = model;
        list.setId("concept-list");
        list.getItems().setAll(ConceptCards.all());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ConceptCard c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.title());
            }
        });
        list.setPrefWidth(270); // "Feature transfer and model transfer" whole at 100%
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.select(now.concept());
            }
        });
        model.card().addListener((o, was, now) -> list.getSelectionModel().select(now));

        Label title = new Label();
        title.setId("concept-title");
        title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.card().get() == null ? ""
                : model.card().get().title(), model.card()));
        Label text = new Label();
        text.setId("concept-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(Bindings.createStringBinding(() -> model.card().get() == null ? ""
                : model.card().get().text(), model.card()));
        ChartViewer viewer = new ChartViewer(null, false);
        viewer.setId("concept-picture");
        viewer.visibleProperty().bind(model.picture().isNotNull());
        Label status = new Label();
        status.setId("concept-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        status.visibleProperty().bind(model.picture().isNull());
        StackPane pictureArea = new StackPane(viewer, status);
        pictureArea.setMinHeight(220);
        VBox.setVgrow(pictureArea, Priority.ALWAYS);
        // the window's zoom reaches the chart through the size the caption's text is given by CSS
        Label caption = new Label();
        caption.setId("concept-caption");
        caption.setWrapText(true);
        caption.setStyle("-fx-text-fill: #555;");
        caption.textProperty().bind(Bindings.createStringBinding(() -> model.card().get() == null ? ""
                : model.card().get().picture().caption() + " (From the lesson \""
                + model.card().get().picture().lesson() + "\", on a smaller copy of its data.)", model.card()));
        model.picture().addListener((o, was, chart) -> {
            if (chart != null) {
                ChartZoom.apply(chart, caption.getFont().getSize() / javafx.scene.text.Font.getDefault().getSize());
                viewer.setChart(chart);
            }
        });
        VBox card = new VBox(10, title, text, pictureArea, caption);
        card.setPadding(new Insets(0, 0, 0, 12));

        Button close = new Button("Close");
        close.setId("concepts-close");
        close.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        BorderPane root = new BorderPane(card, null, null, new HBox(gap, close), list);
        BorderPane.setMargin(root.getBottom(), new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        stage.initOwner(owner);
        stage.setTitle("Concepts");
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        Scene scene = new Scene(root, 960, 600);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        WindowZoom.attach(scene, zoom);
        stage.setScene(scene);
        stage.setOnHidden(e -> model.cancel());
    }

    /** Shows the window at {@code concept}'s card. */
    public void show(Concept concept) {
        stage.show();
        stage.toFront();
        model.select(concept);
    }

    /** The concept whose card is shown, or null before the first. */
    public Concept shown() {
        return model.card().get() == null ? null : model.card().get().concept();
    }

    public Stage stage() {
        return stage;
    }
}
