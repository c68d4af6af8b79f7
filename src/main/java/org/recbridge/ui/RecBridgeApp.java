package org.recbridge.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.recbridge.cli.RecBridgeCommand;
import org.recbridge.ui.common.FxDialogService;
import org.recbridge.ui.common.FxJobService;
import org.recbridge.ui.project.Autosave;
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
        FxDialogService dialogs = new FxDialogService(stage);
        // a bug in an event handler must not pass unseen or take the window (and unsaved work) with it
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            error.printStackTrace();
            dialogs.showError("Unexpected error", RecBridgeCommand.message(error)
                    + "\nThe project is still open; save it if it has changes.");
        });
        Workbench workbench = new Workbench(stage, jobs, RecentProjects.userNode(), dialogs, Autosave.userFolder());
        workbench.show();
        workbench.openAtStart(SampleProjects.defaultProject());
    }

    @Override
    public void stop() {
        if (jobs != null) {
            jobs.shutdown();
        }
    }
}
