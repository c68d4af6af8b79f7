package org.recbridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.ui.apply.ApplyModelView;
import org.recbridge.ui.apply.ApplyModelViewModel;
import org.recbridge.ui.common.FxJobService;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.WindowSizes;
import org.recbridge.ui.data.DomainSlot;
import org.recbridge.ui.data.ImportDialog;
import org.recbridge.ui.data.ImportViewModel;
import org.recbridge.ui.data.ImportedDomains;
import org.recbridge.ui.data.SplitDialog;
import org.recbridge.ui.data.SplitViewModel;
import org.recbridge.ui.project.ProjectDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each dialog's initial size shows its content on a 1280x720 laptop (a 20-pixel task bar) and a 1920x1080
 * screen: before, the import dialog showed one role row and two preview rows, the split dialog's buttons were
 * clipped once its summary appeared, and Apply model squeezed its labels to "Model fol…".
 */
@ExtendWith(ApplicationExtension.class)
class DialogSizesFxTest {
    private static final Path SAMPLE = Path.of("sample-projects/movies-to-books/project.json");
    private static final Path DATA = Path.of("sample-projects/movies-to-books/data").toAbsolutePath();
    private final ProjectDocument document = new ProjectDocument();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FxJobService jobs = new FxJobService();
    private final List<Window> opened = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        document.replace(ProjectIO.parse(SAMPLE), SAMPLE, null);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> opened.forEach(Window::hide));
        jobs.shutdown();
    }

    @ParameterizedTest
    @CsvSource({"1280, 700", "1920, 1040"})
    void theImportDialogShowsSeveralRoleAndPreviewRows(double width, double height, FxRobot robot) throws Exception {
        ImportDialog[] dialog = new ImportDialog[1];
        ImportViewModel vm = new ImportViewModel(document, jobs, dialogs, DomainSlot.NEW_SOURCE, new ImportedDomains());
        robot.interact(() -> {
            dialog[0] = new ImportDialog(vm, stage, sizes(width, height));
            dialog[0].show();
            opened.add(dialog[0].getDialogPane().getScene().getWindow());
            vm.setFile(DATA.resolve("source-ratings.csv"));
        });
        Window window = dialog[0].getDialogPane().getScene().getWindow();
        fitsOn(window, width, height);
        TableView<?> preview = robot.lookup("#preview").queryTableView();
        waitUntil(30, () -> !preview.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shownRows(preview) >= 8, "preview rows shown: " + shownRows(preview));
        TableView<?> roles = robot.from(dialog[0].getDialogPane()).lookup(".table-view")
                .match((Node n) -> n != preview).queryTableView();
        assertEquals(4, shownRows(roles), "every column's role (user, item, rating, timestamp)");
        assertWhole(dialog[0].getDialogPane());
    }

    @ParameterizedTest
    @CsvSource({"1280, 700", "1920, 1040"})
    void theSplitDialogsButtonsStayInsideOnceItsSummaryAppears(double width, double height, FxRobot robot)
            throws Exception {
        SplitDialog[] dialog = new SplitDialog[1];
        SplitViewModel vm = new SplitViewModel(document, jobs, dialogs, new ImportedDomains());
        robot.interact(() -> {
            dialog[0] = new SplitDialog(vm, stage, sizes(width, height));
            dialog[0].show();
            opened.add(dialog[0].getDialogPane().getScene().getWindow());
            vm.setDataFile(DATA.resolve("source-ratings.csv"));
            vm.setItemTable(DATA.resolve("source-items.csv"));
        });
        waitUntil(30, () -> !vm.columns().isEmpty());
        robot.interact(() -> {
            vm.columnProperty().set("genre");
            vm.sourceValueProperty().set("comedy");
            vm.targetValueProperty().set("drama");
        });
        waitUntil(30, () -> !vm.outcomeProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Window window = dialog[0].getDialogPane().getScene().getWindow();
        fitsOn(window, width, height);
        Node ok = dialog[0].getDialogPane().lookupButton(dialog[0].getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        Bounds b = ok.localToScene(ok.getBoundsInLocal());
        Scene scene = dialog[0].getDialogPane().getScene();
        assertTrue(b.getMaxY() <= scene.getHeight() && b.getMaxX() <= scene.getWidth(),
                "the button " + b + " inside the dialog " + scene.getWidth() + "x" + scene.getHeight());
        assertWhole(dialog[0].getDialogPane());
        assertTrue(dialog[0].getDialogPane().getButtonTypes().contains(ButtonType.CANCEL));
    }

    @ParameterizedTest
    @CsvSource({"1280, 700", "1920, 1040"})
    void applyModelShowsItsLabelsAndButtonsWhole(double width, double height, FxRobot robot) throws Exception {
        ApplyModelView[] view = new ApplyModelView[1];
        robot.interact(() -> {
            view[0] = new ApplyModelView(new ApplyModelViewModel(jobs, dialogs, () -> DATA), stage,
                    sizes(width, height));
            view[0].show();
            opened.add(view[0].stage());
        });
        WaitForAsyncUtils.waitForFxEvents();
        fitsOn(view[0].stage(), width, height);
        assertWhole(view[0].stage().getScene().getRoot());
    }

    private static WindowSizes sizes(double width, double height) {
        return new WindowSizes(null, () -> List.of(new Rectangle2D(0, 0, width, height)));
    }

    private static void fitsOn(Window window, double width, double height) {
        assertTrue(window.getWidth() <= width && window.getHeight() <= height,
                window.getWidth() + "x" + window.getHeight() + " on " + width + "x" + height);
        assertTrue(window.getWidth() >= Math.min(width, 760) && window.getHeight() >= Math.min(height, 460),
                "not collapsed: " + window.getWidth() + "x" + window.getHeight());
    }

    /** Rows of data the table shows at once. */
    private static long shownRows(TableView<?> table) {
        return table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() != null && r.isVisible())
                .filter(n -> {
                    Bounds row = n.localToScene(n.getBoundsInLocal());
                    Bounds all = table.localToScene(table.getBoundsInLocal());
                    return row.getMinY() >= all.getMinY() && row.getMaxY() <= all.getMaxY() + 1;
                }).count();
    }

    /** No label or button on one line is cut to "Choos…": each is at least as wide as its text. */
    private static void assertWhole(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        assertEquals(List.of(), cut, "labels shown cut");
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && !l.isWrapText() && l.getText() != null && !l.getText().isEmpty()
                && l.getWidth() + 0.5 < l.prefWidth(-1) && !(node.getParent() instanceof javafx.scene.control.Cell)
                && !(node instanceof javafx.scene.control.Cell)) {
            cut.add(l.getText() + " (" + l.getWidth() + " of " + l.prefWidth(-1) + ")");
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> collect(n, cut));
        }
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
