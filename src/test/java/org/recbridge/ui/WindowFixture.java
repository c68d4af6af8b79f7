package org.recbridge.ui;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.recbridge.ui.common.FxJobService;
import org.recbridge.ui.common.RecordingDialogService;

/**
 * The whole workbench shown in a test's stage, as the window tests build it: preferences of its own (removed at the
 * end), the real job service, dialogs answered by a recording service, autosave into the test's folder.
 */
public final class WindowFixture {
    public final Stage stage;
    public final RecordingDialogService dialogs = new RecordingDialogService();
    public final FxJobService jobs = new FxJobService();
    public final Preferences prefs = TestPreferences.fresh();
    public final Workbench workbench;

    /** Builds and shows the workbench; {@code dir}: the test's temporary folder. */
    public WindowFixture(Stage stage, Path dir) {
        this.stage = stage;
        workbench = new Workbench(stage, jobs, prefs, dialogs, dir.resolve("recovery"));
        workbench.show();
        stage.requestFocus(); // a headless stage of JavaFX 20+ does not take focus by itself
    }

    /** Stops the jobs and removes the preferences. */
    public void close() throws BackingStoreException, InterruptedException {
        jobs.shutdown();
        TestPreferences.remove(prefs);
    }
}
