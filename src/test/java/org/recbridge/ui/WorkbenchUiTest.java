package org.recbridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.export.model.ExportedModel;
import org.recbridge.ui.project.SampleProjects;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main paths through the real window (headless, Monocle): launch with the sample project, run it and
 * see results and the chart, save and reopen, cancel; export a results row's model, apply a model to data.
 * Dialogs are answered by a recording service.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchUiTest {
    private static final String SAMPLE_TITLE = "RecBridge — Synthetic movies to books";
    @TempDir
    Path dir;
    private WindowFixture ui;

    @Start
    void start(Stage stage) {
        ui = new WindowFixture(stage, dir);
        ui.workbench.project().openAtStart(SampleProjects.defaultProject().orElseThrow());
    }

    @AfterEach
    void tearDown() throws Exception {
        ui.close();
    }

    @Test
    void launchOpensTheSampleProject(FxRobot robot) throws Exception {
        waitUntil(30, () -> SAMPLE_TITLE.equals(ui.stage.getTitle()));
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals(List.of("Data", "Experiment", "Diagnostics", "Run", "Results", "Analysis"),
                tabs.getTabs().stream().map(Tab::getText).toList());
        assertFalse(robot.lookup("#run-button").queryButton().isDisabled(), "ready to run");
        javafx.scene.control.Label hints = (javafx.scene.control.Label) robot.lookup("#hints-list").queryListView()
                .getPlaceholder();
        assertEquals("Hints appear once the project has run.", hints.getText(), "not 'the rules found nothing' yet");
        javafx.scene.control.Label comparisons = (javafx.scene.control.Label) robot.lookup("#comparisons-table")
                .queryTableView().getPlaceholder();
        assertTrue(comparisons.getText().startsWith("No results yet"), "before: 'the run had no baseline'; now: "
                + comparisons.getText());
    }

    /** One run serves three checks, to keep the suite short: results and chart, responsiveness, save/reopen. */
    @Test
    void runShowsResultsWithoutStallingThenSaveAndReopenBringsThemBack(FxRobot robot) throws Exception {
        waitUntil(30, () -> SAMPLE_TITLE.equals(ui.stage.getTitle()));
        // small, but with four seeds: the run must last long enough for the meter to mean something
        robot.interact(() -> ui.workbench.document().edit(p -> {
            TinyProjects.shrink(p);
            p.seeds = new java.util.ArrayList<>(List.of(1L, 2L, 3L, 4L));
            p.evaluation.alpha = 0.01;
        }));
        ExperimentResults before = ui.workbench.document().resultsProperty().get();
        robot.interact(ui.stage::requestFocus);

        ListView<?> log = robot.lookup("#run-log").queryListView();
        FxStallMeter[] meters = new FxStallMeter[1];
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        // measured while the models train: from the end of the import to the end of the run, before the
        // results are shown (a one-off of its own once training is over)
        waitUntil(60, () -> log.getItems().stream().anyMatch(l -> l.toString().contains("import: imported")));
        robot.interact(() -> {
            meters[0] = new FxStallMeter();
            ui.workbench.run().runningProperty().addListener((o, was, now) -> meters[0].stop());
        });
        FxStallMeter meter = meters[0];
        try (meter) {
            waitUntil(180, () -> ui.workbench.document().resultsProperty().get() != before
                    && ui.workbench.document().resultsProperty().get() != null);
        }
        assertTrue(meter.pings() > 50, "the meter ran during the run: " + meter.pings());
        System.out.printf("FX thread while training (%d pings): longest wait %d ms, of which at most %d ms busy on "
                + "the FX thread; waits over 50 ms: %s%n", meter.pings(), meter.worstLateMillis(), meter.worstBusyMillis(),
                meter.stalls());
        assertTrue(meter.worstBusyMillis() < 100, "the FX thread was busy " + meter.worstBusyMillis()
                + " ms at once while the run trained: " + meter.stalls());
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#results-table").queryTableView();
        assertEquals(6, table.getItems().size(), "2 strategies x 1 learner x 3 user groups");
        ChartViewer chart = robot.lookup("#comparison-chart").queryAs(ChartViewer.class);
        assertNotNull(chart.getChart());
        assertNotNull(chart.getScene(), "the chart is on screen");
        TableView<?> comparisons = robot.lookup("#comparisons-table").queryTableView();
        assertEquals(3, comparisons.getItems().size(), "pooled against target-only, per user group");
        // the comparisons' interval is the corrected test's at 1 - alpha, and its header says so
        assertEquals("difference [99% interval]", ((javafx.scene.control.Label) comparisons.getColumns().get(3)
                .getGraphic()).getText());
        // no header or value cut ("lear…", "worse, negat…"): every column is as wide as its header and cells
        for (String id : List.of("#results-table", "#comparisons-table", "#training-table")) {
            fitsItsContent(robot.lookup(id).queryTableView());
        }

        Path saved = dir.resolve("saved/project.json");
        ui.dialogs.fileAnswers.add(Optional.of(saved));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(30, () -> !ui.workbench.document().dirtyProperty().get());
        assertTrue(Files.exists(dir.resolve("saved/results/results.json")));

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(10, () -> ui.workbench.document().resultsProperty().get() == null);
        assertEquals(0, table.getItems().size());

        ui.dialogs.fileAnswers.add(Optional.of(saved));
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(30, () -> ui.workbench.document().resultsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, table.getItems().size(), "the results are back without running");
        assertEquals(SAMPLE_TITLE, ui.stage.getTitle());
    }

    @Test
    void cancelStopsTheRunWithinASecondAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        waitUntil(30, () -> SAMPLE_TITLE.equals(ui.stage.getTitle()));
        ListView<?> log = robot.lookup("#run-log").queryListView();
        robot.interact(() -> ui.workbench.window().select(robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs()
                .stream().filter(t -> t.getText().equals("Run")).findFirst().orElseThrow()));
        robot.clickOn("#run-button");
        // cancel once training runs, past the import
        waitUntil(60, () -> log.getItems().stream().anyMatch(l -> l.toString().contains("import: imported")));
        // the runs' set-up after the import (splits, candidates) took over 1.5 s at a load of 50 on 2 cores
        waitUntil(60, () -> trainingThreads() > 0);
        assertTrue(trainingThreads() > 0, "training is under way");

        // timed from the moment the cancel reaches the engine to the moment its threads are gone, both noted
        // as they happen: the robot's click and its wait for the FX events after it can take seconds on a
        // crowded machine, and are not the engine's stopping time
        AtomicLong cancelledAt = new AtomicLong(); // read by the watcher thread
        robot.interact(() -> ui.workbench.run().log().addListener((ListChangeListener<Object>) c -> {
            if (cancelledAt.get() == 0 && ui.workbench.run().log().stream().anyMatch(l -> l.contains("cancelling"))) {
                cancelledAt.set(System.nanoTime());
            }
        }));
        // and on a machine shared with other work (a load of 50 on 2 cores) the threads wait for a core as long as
        // they work: what the engine controls is the work its threads do after the cancel, their CPU time
        Map<Long, long[]> cpu = new java.util.concurrent.ConcurrentHashMap<>(); // thread id -> {at cancel, last}
        CompletableFuture<Long> stoppedAt = CompletableFuture.supplyAsync(() -> {
            while (cancelledAt.get() == 0 || trainingThreads() > 0) {
                if (cancelledAt.get() != 0) {
                    for (Thread t : runThreads()) {
                        long now = ManagementFactory.getThreadMXBean().getThreadCpuTime(t.getId());
                        if (now >= 0) {
                            cpu.computeIfAbsent(t.getId(), id -> new long[] {now, now})[1] = now;
                        }
                    }
                }
                LockSupport.parkNanos(2_000_000L);
            }
            return System.nanoTime();
        });
        robot.clickOn("#cancel-button");
        long millis = TimeUnit.NANOSECONDS.toMillis(stoppedAt.get(10, TimeUnit.SECONDS) - cancelledAt.get());
        long cpuMillis = TimeUnit.NANOSECONDS.toMillis(cpu.values().stream().mapToLong(c -> c[1] - c[0]).max()
                .orElse(0));
        System.out.println("training threads stopped " + millis + " ms after the cancel reached the engine, after "
                + cpuMillis + " ms of CPU each at most");
        assertTrue(cpuMillis < 1000, "training threads worked " + cpuMillis + " ms of CPU after cancel ("
                + millis + " ms wall)");

        WaitForAsyncUtils.waitForFxEvents();
        Button run = robot.lookup("#run-button").queryButton();
        assertFalse(run.isDisabled(), "Run is offered again");
        assertTrue(robot.lookup("#cancel-button").queryButton().isDisabled());
        assertTrue(ui.dialogs.errors.isEmpty(), "a cancel is not an error: " + ui.dialogs.errors);
        assertTrue(ui.dialogs.notifications.contains("Run cancelled"));
        assertTrue(log.getItems().get(log.getItems().size() - 1).toString().contains("cancelled"));
        robot.clickOn("Results");
        robot.clickOn("Run");
        assertTrue(robot.lookup("#run-log").query().isVisible());
    }

    @Test
    void exportModelFromTheResultsRowsContextMenu(FxRobot robot) throws Exception {
        waitUntil(30, () -> SAMPLE_TITLE.equals(ui.stage.getTitle())); // the sample opened at start, then ours
        Path file = TinyProjects.write(dir.resolve("project"));
        robot.interact(() -> ui.workbench.project().openAtStart(file));
        waitUntil(30, () -> "Tiny transfer".equals(ui.workbench.document().file().name));
        robot.interact(() -> ui.workbench.run().run());
        waitUntil(120, () -> ui.workbench.document().resultsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());

        TableView<?> table = robot.lookup("#results-table").queryTableView();
        assertTrue(robot.lookup("#export-model").queryButton().isDisabled(), "no row selected yet");
        robot.clickOn("pooled");
        Path out = dir.resolve("models");
        ui.dialogs.fileAnswers.add(Optional.of(out));
        robot.rightClickOn("pooled");
        robot.clickOn("Export model…");
        waitUntil(120, () -> ui.dialogs.notifications.stream().anyMatch(n -> n.startsWith("Exported the model")));
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());
        assertTrue(table.getSelectionModel().getSelectedItem() != null);
        Path exported;
        try (Stream<Path> s = Files.list(out)) {
            exported = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertTrue(exported.getFileName().toString().startsWith("pooled_linear_seed"), exported.toString());
        assertEquals("pooled", ExportedModel.load(exported).manifest().strategy());
    }

    @Test
    void applyModelThroughTheFileMenuShowsTheScoresAndMetrics(FxRobot robot) throws Exception {
        waitUntil(30, () -> SAMPLE_TITLE.equals(ui.stage.getTitle()));
        TinyProjects.ExportedRun run = TinyProjects.exportPooled(dir.resolve("exported"));
        Path model = run.model();
        Path testRows = run.testRows();
        int rows = (int) Files.lines(testRows).count() - 1;

        robot.interact(ui.stage::requestFocus);
        robot.clickOn("#file-menu");
        robot.clickOn("Apply Model to Data…");
        waitUntil(10, () -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && "Apply a model to data".equals(s.getTitle()) && s.isShowing()));
        ui.dialogs.fileAnswers.add(Optional.of(model));
        robot.clickOn("#chooseModel");
        waitUntil(30, () -> !robot.lookup("#modelDescription").queryLabeled().getText().isEmpty());
        ui.dialogs.fileAnswers.add(Optional.of(testRows));
        robot.clickOn("#chooseData");
        waitUntil(30, () -> !robot.lookup("#applyScore").queryButton().isDisabled());
        robot.clickOn("#applyScore");
        TableView<?> scores = robot.lookup("#scores").queryTableView();
        waitUntil(60, () -> scores.getItems().size() == rows);
        // the metrics line is set on its own FX pulse after the table: under load it came a moment later
        waitUntil(30, () -> !robot.lookup("#applyMetrics").queryLabeled().getText().isEmpty());
        assertTrue(robot.lookup("#applyMetrics").queryLabeled().getText().startsWith("Metrics on " + rows
                + " rated rows"), robot.lookup("#applyMetrics").queryLabeled().getText());
        assertEquals("", robot.lookup("#applyError").queryLabeled().getText());

        Path broken = Files.createDirectories(dir.resolve("not-a-model"));
        ui.dialogs.fileAnswers.add(Optional.of(broken));
        robot.clickOn("#chooseModel");
        waitUntil(30, () -> !robot.lookup("#applyError").queryLabeled().getText().isEmpty());
        assertEquals(broken + ": not a RecBridge model (no model.json)",
                robot.lookup("#applyError").queryLabeled().getText());
        assertTrue(robot.lookup("#applyScore").queryButton().isDisabled());
    }

    /** The engine's worker threads (ExperimentRunner names them) still alive. */
    private static long trainingThreads() {
        return runThreads().size();
    }

    private static List<Thread> runThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all = new Thread[root.activeCount() + 16]; // enumerate: no safepoint, unlike stack traces
        int n = root.enumerate(all, true);
        return Arrays.stream(all, 0, n).filter(t -> t.getName().equals("recbridge-run") && t.isAlive()).toList();
    }

    private static <S> void fitsItsContent(TableView<S> table) {
        for (var column : table.getColumns()) {
            double needed = org.recbridge.ui.common.Tables.contentWidth(table, column);
            assertTrue(column.getWidth() >= needed - 0.5, table.getId() + " column "
                    + column.getId() + " is " + column.getWidth() + " wide, its content needs " + needed);
            assertTrue(needed > 30, "measured: " + needed);
        }
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
