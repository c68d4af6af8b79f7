package org.recbridge.ui.analysis;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A TestFX class whose every test gets a fresh workbench in the primary stage, closed after the test. Set up here
 * rather than in a {@code @Start} method: TestFX looks for those in the test class itself, not its superclasses.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SampleScreenFxTest {
    SampleWorkbench app;
    @TempDir
    Path dir; // autosave copies of this test's workbench, never the user's

    @BeforeEach
    void start() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = WaitForAsyncUtils.asyncFx(() -> new SampleWorkbench(stage, dir)).get();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }
}
