package org.recbridge.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.data.Overlap;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.ui.common.FxJobService;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.WindowSizes;
import org.recbridge.ui.project.ProjectDocument;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two catalogues whose item ids both run from 1: the data screen's "shared items" is what the run counts under
 * the project's linking (before: "5 of 5 target items" with items kept per domain, while the run said 0).
 */
@ExtendWith(ApplicationExtension.class)
class DataOverlapFxTest {
    @TempDir
    Path dir;
    private final ProjectDocument document = new ProjectDocument();
    private final FxJobService jobs = new FxJobService();
    private Path projectFile;

    @Start
    void start(Stage stage) throws Exception {
        projectFile = writeProject();
        document.replace(ProjectIO.parse(projectFile), projectFile, null);
        DataViewModel vm = new DataViewModel(document, jobs, new RecordingDialogService(), new ImportedDomains());
        stage.setScene(new Scene(new DataView(vm, new WindowSizes(null)), 1000, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        jobs.shutdown();
    }

    @Test
    void sharedItemsFollowTheLinkingAndAgreeWithTheRun(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#overlaps").queryTableView();
        waitForItems(table, "0 of 5 target items");
        assertEquals(0, engineSharedItems(), "items per domain: the run shares none");
        assertEquals("3 of 4 target users (75%)", cell(table, 1));

        robot.interact(() -> document.edit(f -> f.linking.items = "shared"));
        waitForItems(table, "5 of 5 target items");
        assertEquals(5, engineSharedItems());

        robot.interact(() -> document.edit(f -> f.linking.users = "none"));
        waitForItems(table, "5 of 5 target items");
        assertEquals("0 of 4 target users (0%)", cell(table, 1), "users kept apart: none shared, as the run has it");
    }

    private int engineSharedItems() throws Exception {
        ProjectIO.write(document.file(), projectFile);
        LoadedData data = DataLoader.load(ProjectIO.read(projectFile), ProgressListener.none(), new CancelToken());
        return Overlap.of(data.sources(), data.target()).get(0).sharedItems();
    }

    private static void waitForItems(TableView<?> table, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !table.getItems().isEmpty() && expected.equals(cell(table, 2)));
    }

    private static String cell(TableView<?> table, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(0));
    }

    /** Source users u1..u6, target users u4..u7 (three shared), both catalogues items 1..5. */
    private Path writeProject() throws Exception {
        StringBuilder source = new StringBuilder("user,item,rating\n");
        for (int u = 1; u <= 6; u++) {
            for (int i = 1; i <= 5; i++) {
                source.append("u").append(u).append(',').append(i).append(',').append(1 + (u + i) % 5).append('\n');
            }
        }
        StringBuilder target = new StringBuilder("user,item,rating\n");
        for (int u = 4; u <= 7; u++) {
            for (int i = 1; i <= 5; i++) {
                target.append("u").append(u).append(',').append(i).append(',').append(1 + (u * i) % 5).append('\n');
            }
        }
        Files.writeString(dir.resolve("movies.csv"), source);
        Files.writeString(dir.resolve("books.csv"), target);
        ProjectFile f = new ProjectFile();
        f.name = "Two catalogues";
        ProjectFile.DomainSpec s = new ProjectFile.DomainSpec();
        s.name = "movies";
        s.interactions = "movies.csv";
        f.sources.add(s);
        ProjectFile.DomainSpec t = new ProjectFile.DomainSpec();
        t.name = "books";
        t.interactions = "books.csv";
        f.target = t;
        Path file = dir.resolve("project.json");
        ProjectIO.write(f, file);
        return file;
    }
}
