package org.recbridge.ui;

import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import org.recbridge.ui.common.FxDialogService;
import org.recbridge.ui.common.FxJobService;
import org.recbridge.ui.data.DataView;
import org.recbridge.ui.data.DataViewModel;
import org.recbridge.ui.experiment.ExperimentView;
import org.recbridge.ui.experiment.ExperimentViewModel;
import org.recbridge.ui.project.ProjectDocument;
import org.recbridge.ui.project.ProjectViewModel;
import org.recbridge.ui.project.RecentProjects;
import org.recbridge.ui.project.SampleProjects;
import org.recbridge.ui.run.RunView;
import org.recbridge.ui.run.RunViewModel;

/**
 * Wires one workbench into a stage: the open document, the services, the view models, their screens and the
 * main window. The application and the UI tests build it the same way; tests pass their own preferences node.
 */
public final class Workbench {
    private final Stage stage;
    private final ProjectDocument document = new ProjectDocument();
    private final ProjectViewModel project;
    private final RunViewModel run;
    private final MainWindow window;

    public Workbench(Stage stage, FxJobService jobs, Preferences preferences) {
        this.stage = stage;
        FxDialogService dialogs = new FxDialogService(stage);
        project = new ProjectViewModel(document, jobs, dialogs, new RecentProjects(preferences),
                SampleProjects.folder());
        run = new RunViewModel(document, jobs, dialogs);

        window = new MainWindow(WorkbenchMenus.create(project, run, this::quit), document, jobs);
        window.addScreen("Data", new DataView(new DataViewModel(document, jobs, dialogs)));
        window.addScreen("Experiment", new ExperimentView(new ExperimentViewModel(document, dialogs)));
        Tab runTab = window.addScreen("Run", new RunView(run).root());
        window.select(runTab);

        Scene scene = new Scene(window.root(), 1280, 860);
        scene.getStylesheets().add(Workbench.class.getResource("workbench.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), run::cancel);
        stage.setScene(scene);
        stage.titleProperty().bind(project.title());
        stage.setOnCloseRequest(e -> {
            e.consume(); // closes only once unsaved changes are dealt with
            quit();
        });
    }

    public void show() {
        stage.show();
    }

    public ProjectViewModel project() {
        return project;
    }

    public RunViewModel run() {
        return run;
    }

    public ProjectDocument document() {
        return document;
    }

    public MainWindow window() {
        return window;
    }

    private void quit() {
        project.whenSafeToLeave(() -> {
            run.cancel();
            stage.close();
            Platform.exit();
        });
    }
}
