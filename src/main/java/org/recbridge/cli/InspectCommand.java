package org.recbridge.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.ImportOptions;
import org.recbridge.data.io.FileInspector;
import org.recbridge.data.io.InspectReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Option(names = "--format", paramLabel = "ID", defaultValue = "auto",
            description = "force a format: auto, delimited, movielens, recbole, whitespace (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--role", paramLabel = "COLUMN=ROLE",
            description = "override a column's role: user, item, rating, timestamp, categorical, tokens, numeric, ignore")
    Map<String, String> roles = new LinkedHashMap<>();

    @Option(names = "--skip-bad-rows", description = "skip and count malformed rows instead of stopping")
    boolean skipBadRows;

    @Override
    public Integer call() throws Exception {
        Map<String, ColumnRole> parsed = new LinkedHashMap<>();
        roles.forEach((column, role) -> {
            try {
                parsed.put(column, ColumnRole.valueOf(role.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--role " + column + "=" + role + ": unknown role; "
                        + "expected user, item, rating, timestamp, categorical, tokens, numeric or ignore");
            }
        });
        ImportOptions options = new ImportOptions(format, parsed, DuplicatePolicy.KEEP_LAST, skipBadRows);
        InspectReport report = FileInspector.inspect(file, options);
        spec.commandLine().getOut().println(json ? report.toJson() : report.toText());
        return 0;
    }
}
