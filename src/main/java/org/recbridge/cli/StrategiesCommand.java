package org.recbridge.cli;

import java.util.concurrent.Callable;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TransferStrategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "strategies", mixinStandardHelpOptions = true,
        description = "List the transfer strategies: their ids (for project files), what each does, and their "
                + "settings with defaults.")
final class StrategiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (TransferStrategy s : Strategies.all()) {
            out.println(s.id());
            out.println("    " + s.description());
            if (!s.settings().isEmpty()) {
                out.println("    settings (in a project file: {\"id\": \"" + s.id() + "\", \"name\": value, ...}):");
                s.settings().forEach(x -> out.println("      " + x.describe()));
            }
        }
        return 0;
    }
}
