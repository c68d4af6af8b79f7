package org.recbridge;

import java.io.PrintWriter;
import org.recbridge.cli.RecBridgeCommand;

/**
 * The jar's entry point. It does not extend {@code javafx.application.Application}, so the shaded jar
 * starts on a plain Java 17 runtime. With arguments it is the command line; without, it prints the help.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = RecBridgeCommand.execute(args, out, err);
        System.exit(code);
    }
}
