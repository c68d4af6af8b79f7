package org.recbridge.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.recbridge.ui.common.FxJobService;
import org.recbridge.ui.project.RecentProjects;
import org.recbridge.ui.project.SampleProjects;

/** The workbench application: builds the services, the screens and the main window, and opens the sample project. */
public final class RecBridgeApp extends Application {
    private FxJobService jobs;

    /** Opens the window and returns when it is closed; throws if JavaFX cannot start (no display). */
    public static void launchWindow(String[] args) {
        Application.launch(RecBridgeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        jobs = new FxJobService();
        Workbench workbench = new Workbench(stage, jobs, RecentProjects.userNode());
        workbench.show();
        SampleProjects.defaultProject().ifPresent(workbench.project()::openAtStart);
    }

    @Override
    public void stop() {
        if (jobs != null) {
            jobs.shutdown();
        }
    }
}
