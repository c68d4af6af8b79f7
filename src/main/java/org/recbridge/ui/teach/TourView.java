package org.recbridge.ui.teach;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.recbridge.lesson.LessonStep;

/** The guided tour's side panel: the step's title and text, what to do and a button doing it, Back, Next, Close. */
public final class TourView {
    private final VBox root = new VBox(8);

    /** {@code onClose}: what closing does besides remembering the step (the window removes the panel). */
    public TourView(TourViewModel model, Runnable onClose) {
        Label lesson = new Label(model.lesson().title());
        lesson.setWrapText(true);
        lesson.getStyleClass().add("section-title");
        Label position = new Label();
        position.setId("tour-position");
        position.textProperty().bind(model.position());
        Label title = new Label();
        title.setId("tour-title");
        title.setWrapText(true);
        title.getStyleClass().add("tour-step-title");
        Label text = new Label();
        text.setId("tour-text");
        text.setWrapText(true);
        Label todo = new Label();
        todo.setId("tour-do-text");
        todo.setWrapText(true);
        todo.setStyle("-fx-font-style: italic;");
        Button perform = new Button("Do it");
        perform.setId("tour-do");
        perform.setOnAction(e -> model.perform());
        Label problem = new Label();
        problem.setId("tour-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("hint-warning");
        problem.textProperty().bind(model.problem());

        Button back = new Button("Back");
        back.setId("tour-back");
        back.disableProperty().bind(model.canBack().not());
        back.setOnAction(e -> model.back());
        Button next = new Button("Next");
        next.setId("tour-next");
        next.disableProperty().bind(model.canNext().not());
        next.setOnAction(e -> model.next());
        next.setDefaultButton(true);
        Button close = new Button("Close");
        close.setId("tour-close");
        close.setOnAction(e -> {
            model.close();
            onClose.run();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, back, next, gap, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Runnable show = () -> {
            LessonStep s = model.step();
            title.setText(s.title());
            text.setText(s.text());
            todo.setText(s.doText() == null ? "" : "What to do: " + s.doText());
            perform.setVisible(s.action() != null);
            perform.setManaged(s.action() != null);
        };
        model.index().addListener((o, a, b) -> show.run());
        show.run();

        VBox step = new VBox(8, title, text, todo, perform, problem);
        ScrollPane scroll = new ScrollPane(step);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(lesson, position, scroll, buttons);
        root.setId("tour-panel");
        root.getStyleClass().add("tour-panel");
        root.setPadding(new Insets(10));
        root.setPrefWidth(320);
        root.setMinWidth(260);
    }

    public VBox root() {
        return root;
    }
}
