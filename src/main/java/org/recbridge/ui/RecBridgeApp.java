package org.recbridge.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.recbridge.experiment.ErrorMessages;
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
            dialogs.showError("Unexpected error", ErrorMessages.oneLine(error)
                    + "\nThe project is still open; save it if it has changes.");
        });
        Workbench workbench = new Workbench(stage, jobs, RecentProjects.userNode(), dialogs, Autosave.userFolder());
        workbench.show();
        // a file or folder given alone on the command line (or by a file manager's "Open with")
        java.util.List<String> given = getParameters().getRaw();
        workbench.openAtStart(SampleProjects.defaultProject(), given.isEmpty() ? null : Path.of(given.get(0)));
        if (given.isEmpty()) {
            workbench.lessons(); // the start page, when no project was asked for
        }
    }

    @Override
    public void stop() {
        if (jobs != null) {
            jobs.shutdown();
        }
    }
}
