package org.recbridge.ui;

import java.nio.file.Path;
import java.util.UUID;
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
    public final Preferences prefs = Preferences.userRoot().node("org/recbridge/test/" + UUID.randomUUID());
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
        removeNode(prefs);
    }

    /**
     * Java's preferences lock one file for every JVM of the user: tests of other builds running at the same time
     * hold it for moments ("Couldn't get file lock"), so the removal is tried again before it counts as failed.
     */
    private static void removeNode(Preferences node) throws BackingStoreException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                node.removeNode();
                return;
            } catch (BackingStoreException e) {
                if (attempt == 20) {
                    throw e;
                }
                Thread.sleep(250);
            }
        }
    }
}
