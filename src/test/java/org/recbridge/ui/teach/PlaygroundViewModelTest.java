package org.recbridge.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.ui.common.FxJobService;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.SynchronousJobService;
import org.recbridge.util.CancelToken;

class PlaygroundViewModelTest {
    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // another test of this JVM started it
        }
    }

    @Test
    void anUpdateRunsTheRealEngineOnTheSlidersPairAndDrawsTheComparison() {
        SynchronousJobService jobs = new SynchronousJobService();
        PlaygroundViewModel model = PlaygroundViewModel.withEngine(jobs, new RecordingDialogService(), () -> null);
        model.rho().set(0.9);
        model.targetPerUser().set(4);
        long start = System.nanoTime();
        model.update();
        System.out.printf("playground update (load %.1f): %.1f s%n", loadAverage(), (System.nanoTime() - start) / 1e9);
        ExperimentResults r = model.results().get();
        assertNotNull(r, model.status().get());
        assertEquals(0.9, model.settings().rho(), 1e-9);
        assertEquals(4, model.settings().targetInteractionsPerUser(), 1e-9);
        assertTrue(r.comparisons().stream().anyMatch(c -> c.strategy().equals("pooled")
                && c.baseline().equals("target-only") && c.group().equals("cold")), r.comparisons().toString());
        assertNotNull(model.chartProperty().get());
        assertTrue(model.outcome().get().contains("cold users: pooled"), model.outcome().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void updatesRunOffTheFxThreadAndANewDragCancelsTheOneUnderWay() throws Exception {
        BlockingQueue<CancelToken> started = new LinkedBlockingQueue<>();
        List<Boolean> onFxThread = new ArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        ExperimentResults done = results();
        PlaygroundViewModel.Engine engine = (settings, strategies, progress, cancel) -> {
            synchronized (onFxThread) {
                onFxThread.add(Platform.isFxApplicationThread());
            }
            started.add(cancel);
            while (!release.await(10, TimeUnit.MILLISECONDS)) {
                cancel.check(); // as the engine does: a cancelled update stops within moments
            }
            return done;
        };
        FxJobService jobs = new FxJobService();
        try {
            PlaygroundViewModel model = new PlaygroundViewModel(jobs, new RecordingDialogService(), engine, () -> null);
            onFx(model::update);
            CancelToken first = started.poll(30, TimeUnit.SECONDS);
            assertNotNull(first, "the first update started");
            assertFalse(first.isCancelled());
            onFx(() -> model.rho().set(0.2)); // the slider grabbed again and let go
            onFx(model::cancel);
            assertTrue(first.isCancelled(), "grabbing a slider cancels the update under way");
            onFx(model::update);
            CancelToken second = started.poll(30, TimeUnit.SECONDS);
            assertNotNull(second, "the new update started");
            assertFalse(second.isCancelled());
            release.countDown();
            waitFor(() -> model.results().get() != null);
            assertEquals(List.of(false, false), onFxThread, "no update ran on the FX thread");
            AtomicReference<String> status = new AtomicReference<>();
            onFx(() -> status.set(model.status().get()));
            assertTrue(status.get().startsWith("Shown: rho 0.20"), status.get());
        } finally {
            jobs.shutdown();
        }
    }

    @Test
    void aResultDeliveredAfterANewerUpdateBeganIsNotShown() {
        SynchronousJobService jobs = new SynchronousJobService();
        List<SyntheticSettings> ran = new ArrayList<>();
        PlaygroundViewModel model = new PlaygroundViewModel(jobs, new RecordingDialogService(),
                (settings, strategies, progress, cancel) -> {
                    ran.add(settings);
                    return results();
                }, () -> null);
        boolean[] once = {true};
        jobs.meanwhile = () -> { // while the first update's result is on its way, the slider moves again
            if (once[0]) {
                once[0] = false;
                model.labelNoise().set(0.3);
                model.cancel();
            }
        };
        model.update();
        assertNull(model.results().get(), "the stale result is dropped");
        model.update();
        assertEquals(0.3, ran.get(1).labelNoise(), 1e-9);
        assertNotNull(model.results().get());
        model.strategy().set("target-only");
        model.update();
        assertEquals("Choose two different strategies.", model.status().get());
    }

    private static ExperimentResults results() {
        Comparison c = new Comparison("pooled", "linear", "target-only", "cold", "AUC", 3, 0.05, 0.03, 0.07, 0.95, 4,
                0.01, 0.25, 3, 0, 0, org.recbridge.eval.Verdict.BETTER, false, 0.005);
        return new ExperimentResults(1, "What if", "now", "classification", "cold-start", List.of(1L, 2L, 3L),
                List.of("AUC"), List.of(), List.of(), List.of(), List.of(), List.of(c), List.of(), List.of(),
                List.of(), null, null, null, null);
    }

    private static void onFx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        assertTrue(done.await(30, TimeUnit.SECONDS));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(20);
        }
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
