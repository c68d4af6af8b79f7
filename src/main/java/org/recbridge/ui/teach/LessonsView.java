package org.recbridge.ui.teach;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.recbridge.lesson.Lesson;

/** The start page: every lesson with its title, idea and duration, and an Open button; shown at launch. */
public final class LessonsView {
    private final Stage stage = new Stage();
    private final VBox list = new VBox(8);

    public LessonsView(LessonsViewModel model, Window owner, ZoomViewModel zoom) {
        Label heading = new Label("Lessons");
        heading.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold;");
        Label intro = new Label("Each lesson opens a project and a guided tour beside it. Or close this page and "
                + "work with the project that is open.");
        intro.setWrapText(true);
        Label status = new Label();
        status.textProperty().bind(model.status());
        model.lessons().addListener((ListChangeListener<Lesson>) c -> fill(model));
        model.problems().addListener((ListChangeListener<String>) c -> fill(model));
        fill(model);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        Button close = new Button("Close");
        close.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, status, gap, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(scroll, new VBox(6, heading, intro), null, bottom, null);
        BorderPane.setMargin(scroll, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        root.setId("lessons-page");
        stage.initOwner(owner);
        stage.setTitle("RecBridge lessons");
        Scene scene = new Scene(root, 760, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        WindowZoom.attach(scene, zoom);
        stage.setScene(scene);
        model.busyProperty().addListener((o, a, b) -> list.setDisable(b));
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private void fill(LessonsViewModel m) {
        list.getChildren().clear();
        for (Lesson l : m.lessons()) {
            Label title = new Label(l.title());
            title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
            Label idea = new Label(l.idea());
            idea.setWrapText(true);
            Label minutes = new Label(l.minutes() + " min" + (l.dataset() != null ? " · downloads " + l.dataset()
                    + " on first use" : ""));
            minutes.setStyle("-fx-text-fill: #555;");
            Button open = new Button("Open");
            open.setId("lesson-" + l.id());
            open.setOnAction(e -> m.open(l));
            open.setMinWidth(Region.USE_PREF_SIZE); // a two-line idea must not squeeze it to "..."
            VBox words = new VBox(2, title, idea, minutes);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox row = new HBox(12, words, open);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(8));
            row.setStyle("-fx-background-color: white; -fx-border-color: #c8c8c8; -fx-border-radius: 4; "
                    + "-fx-background-radius: 4;");
            list.getChildren().add(row);
        }
        for (String p : m.problems()) {
            Label problem = new Label(p);
            problem.setWrapText(true);
            problem.getStyleClass().add("hint-warning");
            list.getChildren().add(problem);
        }
        if (m.lessons().isEmpty() && m.problems().isEmpty()) {
            list.getChildren().add(new Label("No lessons found: the sample-projects folder is not beside the "
                    + "program."));
        }
    }
}
