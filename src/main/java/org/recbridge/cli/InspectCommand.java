package org.recbridge.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.recbridge.data.ImportOptions;
import org.recbridge.data.io.FileInspector;
import org.recbridge.data.io.InspectReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show a data file's detected format, columns and roles, and counts (rows, users, items, "
                + "rating histogram), or the error that stops it from importing.")
final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The report of {@code inspect FILE} begun before picocli read the command line; null for any other. */
    private final EarlyStart early;

    InspectCommand() {
        this(null);
    }

    private InspectCommand(EarlyStart early) {
        this.early = early;
    }

    /**
     * picocli reads its annotations for about a tenth of a second on a cold JVM, a sixth of inspecting a million
     * rows: for the plain {@code inspect FILE} (no option, no @argument file) the file is read meanwhile, with the
     * options picocli would give it. Any other arguments get the command as usual.
     */
    static InspectCommand startingEarly(String... args) {
        if (args.length != 2 || !"inspect".equals(args[0]) || args[1].startsWith("-") || args[1].startsWith("@")) {
            return new InspectCommand();
        }
        try {
            Path file = Path.of(args[1]);
            FutureTask<InspectReport> task = new FutureTask<>(() -> FileInspector.inspect(file, ImportOptions.defaults()));
            Thread reader = new Thread(task, "recbridge-inspect");
            reader.setDaemon(true);
            reader.start();
            return new InspectCommand(new EarlyStart(file, task));
        } catch (InvalidPathException e) {
            return new InspectCommand(); // picocli gives its own message for the path
        }
    }

    private record EarlyStart(Path file, FutureTask<InspectReport> report) {
        /** The report, or what stopped it, as {@link FileInspector#inspect} would have thrown it here. */
        InspectReport get() throws Exception {
            try {
                return report.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw (Error) e.getCause();
            }
        }
    }

    @Parameters(paramLabel = "FILE", description = "an interaction file or a user/item side table")
    Path file;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Mixin
    ImportFileOptions input;

    @Override
    public Integer call() throws Exception {
        ImportOptions options = input.options();
        InspectReport report = early != null && early.file().equals(file) && options.equals(ImportOptions.defaults())
                ? early.get() : FileInspector.inspect(file, options);
        spec.commandLine().getOut().println(json ? report.toJson() : report.toText());
        return 0;
    }
}
