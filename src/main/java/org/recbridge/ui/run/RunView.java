package org.recbridge.ui.run;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Run screen: what a run will train, Run and Cancel, the progress, and the engine's log. */
public final class RunView {
    private final BorderPane root = new BorderPane();

    public RunView(RunViewModel model) {
        Label plan = new Label();
        plan.textProperty().bind(model.plan());
        plan.getStyleClass().add("run-plan");
        Label setup = new Label();
        setup.textProperty().bind(model.setup());

        Button run = new Button("Run");
        run.setId("run-button");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.canRun().not());
        run.setOnAction(e -> model.run());
        run.setTooltip(new Tooltip("Import the data and train every strategy × learner × seed of the project "
                + "(Ctrl+R). Models are chosen on validation rows; test rows are only used for the results."));

        Button cancel = new Button("Cancel");
        cancel.setId("cancel-button");
        cancel.disableProperty().bind(model.canCancel().not());
        cancel.setOnAction(e -> model.cancel());
        cancel.setTooltip(new Tooltip("Stop the run within a second (Esc or Ctrl+.); nothing is kept from it."));

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(220);

        HBox controls = new HBox(8, run, cancel, bar, status);
        controls.setAlignment(Pos.CENTER_LEFT);

        ListView<String> log = new ListView<>(model.log());
        log.setId("run-log");
        log.setPlaceholder(new Label("The engine's progress lines appear here while a run trains."));
        // follow the newest line, as a console does
        model.log().addListener((ListChangeListener<String>) c -> log.scrollTo(model.log().size() - 1));

        Label logTitle = new Label("Log");
        logTitle.getStyleClass().add("section-title");
        VBox top = new VBox(8, plan, setup, controls, logTitle);
        top.setPadding(new Insets(0, 0, 6, 0));
        root.setTop(top);
        root.setCenter(log);
        root.setPadding(new Insets(10));
    }

    public BorderPane root() {
        return root;
    }
}
