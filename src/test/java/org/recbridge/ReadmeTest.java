package org.recbridge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TransferStrategy;

/** The docs list what the code offers: every strategy and every command appears in README.md. */
class ReadmeTest {
    private static String readme() throws Exception {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void everyStrategyIsInTheStrategiesTable() throws Exception {
        String readme = readme();
        for (TransferStrategy s : Strategies.all()) {
            assertTrue(readme.contains("| `" + s.id() + "` |"), s.id() + " is missing from README's strategies table");
        }
    }

    @Test
    void everyCommandIsDocumented() throws Exception {
        String readme = readme();
        for (String command : org.recbridge.cli.RecBridgeCommand.commandLine().getSubcommands().keySet()) {
            assertTrue(readme.contains("| `" + command), command + " is missing from README's command table");
        }
    }
}
