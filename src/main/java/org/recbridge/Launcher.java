package org.recbridge;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recbridge.cli.RecBridgeCommand;
import org.recbridge.ui.RecBridgeApp;

/**
 * The jar's entry point. It does not extend {@code javafx.application.Application}, so the shaded jar starts
 * on a plain Java 17 runtime. With arguments it is the command line; without, or with one project file, results
 * folder or exported model folder, it opens the workbench window (on that file).
 */
public final class Launcher {
    /** Exit code when there is no display for the window. */
    static final int NO_DISPLAY = 3;

    /**
     * JavaFX's logger, held so its level sticks: on the class path (a shaded jar) JavaFX warns "Unsupported
     * JavaFX configuration" on every start, which is harmless and would hide the one line that matters. In a
     * class of its own so that the command line does not start java.util.logging.
     */
    private static final class JavaFxLog {
        static final Logger LOG = Logger.getLogger("javafx");
    }

    private Launcher() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        if (!RecBridgeCommand.opensTheWindow(args)) {
            System.exit(RecBridgeCommand.execute(args, out, err));
        }
        JavaFxLog.LOG.setLevel(Level.SEVERE);
        try {
            RecBridgeApp.launchWindow(args);
        } catch (RuntimeException | Error e) {
            // JavaFX cannot open a window here (no display, no graphics libraries): say so, no stack trace
            err.println("RecBridge cannot open its window (" + firstLine(e) + "); the command line works without "
                    + "one: java -jar target/recbridge.jar --help");
            System.exit(NO_DISPLAY);
        }
        System.exit(0);
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
