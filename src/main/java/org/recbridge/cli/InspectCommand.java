package org.recbridge.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
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

    @Parameters(paramLabel = "FILE", description = "an interaction file or a user/item side table")
    Path file;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Mixin
    ImportFileOptions input;

    @Override
    public Integer call() throws Exception {
        ImportOptions options = input.options();
        InspectReport report = FileInspector.inspect(file, options);
        spec.commandLine().getOut().println(json ? report.toJson() : report.toText());
        return 0;
    }
}
