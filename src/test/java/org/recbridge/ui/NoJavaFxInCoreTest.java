package org.recbridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core runs without JavaFX (command line, tests, scripts): only org.recbridge.ui may import it. */
class NoJavaFxInCoreTest {
    @Test
    void noSourceOutsideTheUiPackageImportsJavaFx() throws IOException {
        Path main = Path.of("src/main/java");
        Path ui = main.resolve("org/recbridge/ui");
        List<Path> offenders;
        long scanned;
        try (Stream<Path> files = Files.walk(main)) {
            List<Path> core = files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(ui)).toList();
            scanned = core.size();
            offenders = core.stream().filter(NoJavaFxInCoreTest::importsJavaFx).toList();
        }
        assertTrue(scanned > 100, "the core's sources were found: " + scanned);
        assertEquals(List.of(), offenders);
    }

    private static boolean importsJavaFx(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .anyMatch(l -> l.startsWith("import javafx.") || l.startsWith("import static javafx."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
