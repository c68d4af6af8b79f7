package org.recbridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core runs without JavaFX (command line, tests, scripts): only org.recbridge.ui may import it; and the
 * window does not import the command line.
 */
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
            offenders = core.stream().filter(p -> imports(p, "javafx.")).toList();
        }
        assertTrue(scanned > 100, "the core's sources were found: " + scanned);
        assertEquals(List.of(), offenders);
    }

    /** The window shares the core with the command line but never reaches up into it (errors: ErrorMessages). */
    @Test
    void noUiSourceImportsTheCommandLine() throws IOException {
        Path ui = Path.of("src/main/java/org/recbridge/ui");
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(ui)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> imports(p, "org.recbridge.cli.")).toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean imports(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .anyMatch(l -> l.startsWith("import " + prefix) || l.startsWith("import static " + prefix));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
