package org.recbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Only the subcommand asked for is built; every other invocation sees them all. */
class SubcommandsTest {
    @Test
    void eachKeyIsItsCommandsAnnotatedName() {
        RecBridgeCommand.SUBCOMMANDS.forEach((name, command) ->
                assertEquals(name, new CommandLine(command).getCommandName()));
    }

    @Test
    void aNamedSubcommandIsBuiltAloneAndAnythingElseGetsAll() {
        assertEquals(List.of("inspect"), List.copyOf(RecBridgeCommand.commandLine("inspect", "f.csv").getSubcommands().keySet()));
        List<String> all = List.of("run", "inspect", "generate", "strategies", "diagnose", "datasets", "predict");
        assertEquals(all, List.copyOf(RecBridgeCommand.commandLine("--help").getSubcommands().keySet()));
        assertEquals(all, List.copyOf(RecBridgeCommand.commandLine("inspekt").getSubcommands().keySet()));
        assertEquals(all, List.copyOf(RecBridgeCommand.commandLine().getSubcommands().keySet()));
    }
}
