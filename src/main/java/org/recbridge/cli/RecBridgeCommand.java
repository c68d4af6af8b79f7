package org.recbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.experiment.ErrorMessages;
import org.recbridge.util.OutOfMemory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code recbridge} command line: run, inspect, generate, strategies, diagnose, datasets, predict. */
@Command(name = "recbridge", mixinStandardHelpOptions = true, version = "RecBridge " + org.recbridge.RecBridgeVersion.VERSION,
        description = "Transfer learning for recommender systems: import a source and a target domain, "
                + "train transfer strategies through Tribuo, compare them honestly.")
public final class RecBridgeCommand implements Runnable {
    /** Exit code of a usage error: an unknown option, a missing or malformed option value. */
    static final int USAGE = 2;

    /** Made before anything large, so that saying the heap ran out needs no room that may not be there. */
    private static final String OUT_OF_MEMORY = "error: " + OutOfMemory.message();

    /**
     * The subcommands by their annotated names, in the order --help lists them. picocli reads a command's
     * annotations by reflection as it is added, which on a cold JVM costs about 0.13 s of CPU for the six
     * commands one invocation does not use: a tenth of {@code inspect}'s whole run on a million rows.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("run", RunCommand.class);
        all.put("inspect", InspectCommand.class);
        all.put("generate", GenerateCommand.class);
        all.put("strategies", StrategiesCommand.class);
        all.put("diagnose", DiagnoseCommand.class);
        all.put("datasets", DatasetsCommand.class);
        all.put("predict", PredictCommand.class);
        return Collections.unmodifiableMap(all);
    }

    /** The command line with only the subcommand {@code args[0]} names, or with all when it names none. */
    public static CommandLine commandLine(String... args) {
        Class<?> asked = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        return commandLine(asked == null ? null : (Object) asked);
    }

    /** The command line with only {@code asked} (a command's class or instance), or with all when null. */
    private static CommandLine commandLine(Object asked) {
        CommandLine cli = new CommandLine(new RecBridgeCommand());
        for (Object command : asked != null ? List.of(asked) : SUBCOMMANDS.values()) {
            cli.addSubcommand(command);
        }
        return cli;
    }

    /**
     * Whether {@code args} are for the window rather than the command line: nothing, or one existing file or
     * folder that is not a command's name (a file manager's "Open with" passes the file alone).
     */
    public static boolean opensTheWindow(String... args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length > 1 || args[0].startsWith("-") || SUBCOMMANDS.containsKey(args[0])) {
            return false;
        }
        try {
            return Files.exists(Path.of(args[0]));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and returns the exit code: 0 ok, 1 an error in the input or the run, 2 bad usage,
     * 3 ({@code run}) finished and wrote its results, but some runs failed.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        int code;
        try {
            code = executeCommand(args, out, err);
        } catch (OutOfMemoryError e) {
            // anywhere, setting up included: inspect's early reader may fill the heap while picocli starts
            err.println(OUT_OF_MEMORY);
            code = 1;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int executeCommand(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length > 0 && !args[0].startsWith("-") && !SUBCOMMANDS.containsKey(args[0])) {
            // picocli would say "Unmatched argument at index 0", which names neither the mistake nor the commands
            err.println("error: '" + args[0] + "' is not a command; the commands are "
                    + String.join(", ", SUBCOMMANDS.keySet()) + " (a project file, results folder or exported model "
                    + "folder given alone opens in the window)");
            return USAGE;
        }
        Class<?> asked = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        CommandLine cli = commandLine(asked == InspectCommand.class ? InspectCommand.startingEarly(args) : asked);
        cli.setOut(out);
        cli.setErr(err);
        // one line, as for any other error: the usage text is one --help away
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("error: " + e.getMessage().lines().findFirst().orElse("bad usage")
                    + " (see " + c.getCommandSpec().qualifiedName() + " --help)");
            c.getErr().flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ErrorMessages.oneLine(e));
            commandLine.getErr().flush();
            return 1;
        });
        // picocli passes errors on, an OutOfMemoryError to execute's catch
        return cli.execute(args);
    }
}
