package org.recbridge.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.ImportOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How to read one data file given on the command line: format, column roles, bad rows (inspect, predict). */
final class ImportFileOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--format", paramLabel = "ID", defaultValue = "auto",
            description = "force a format: auto, delimited, movielens, recbole, whitespace (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--role", paramLabel = "COLUMN=ROLE",
            description = "override a column's role: user, item, rating, timestamp, categorical, tokens, numeric, ignore")
    java.util.List<String> roles = new java.util.ArrayList<>();

    @Option(names = "--skip-bad-rows", description = "skip and count malformed rows instead of stopping")
    boolean skipBadRows;

    /** @throws ParameterException (a usage error, exit code 2) for a role that does not exist */
    ImportOptions options() {
        Map<String, ColumnRole> parsed = new LinkedHashMap<>();
        for (String given : roles) {
            int eq = given.indexOf('=');
            if (eq < 1) {
                throw new ParameterException(mixee.commandLine(), "--role " + given + ": expected COLUMN=ROLE, e.g. "
                        + "--role score=rating");
            }
            String column = given.substring(0, eq);
            String role = given.substring(eq + 1);
            try {
                parsed.put(column, ColumnRole.valueOf(role.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(mixee.commandLine(), "--role " + given + ": unknown role; "
                        + "expected user, item, rating, timestamp, categorical, tokens, numeric or ignore");
            }
        }
        return new ImportOptions(format, parsed, DuplicatePolicy.KEEP_LAST, skipBadRows);
    }
}
