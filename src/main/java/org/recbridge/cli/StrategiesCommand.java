package org.recbridge.cli;

import java.util.concurrent.Callable;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TransferStrategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "strategies", mixinStandardHelpOptions = true,
        description = "List the transfer strategies: their ids (for project files) and what each does.")
final class StrategiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (TransferStrategy s : Strategies.all()) {
            out.println(s.id());
            out.println("    " + s.description());
        }
        return 0;
    }
}
