package org.recbridge.ui.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.data.ColumnRole;
import org.recbridge.experiment.RunRecord;
import org.recbridge.export.model.ExportedModel;
import org.recbridge.ui.TinyProjects;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.SynchronousJobService;

/** Apply model to data: the scores, metrics and top-K lists of the core scoring, and its errors word for word. */
class ApplyModelViewModelTest {
    @TempDir
    static Path work;
    static Path model;
    static Path testRows;
    static RunRecord recorded;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ApplyModelViewModel vm = new ApplyModelViewModel(new SynchronousJobService(), dialogs, () -> work);

    @BeforeAll
    static void exportAModelAndItsTestRows() throws Exception {
        TinyProjects.ExportedRun run = TinyProjects.exportPooled(work);
        model = run.model();
        testRows = run.testRows();
        recorded = run.results().records().stream().filter(r -> r.strategy().equals("pooled")
                && r.group().equals("all")).findFirst().orElseThrow();
    }

    @Test
    void scoresTheRunsTestRowsWithTheRecordedMetricsAndSavesThemAsPredictDoes() throws Exception {
        assertFalse(vm.canScore().get());
        dialogs.fileAnswers.add(Optional.of(model));
        vm.chooseModel();
        assertEquals("pooled with linear, seed 1 (classification)", vm.modelDescriptionProperty().get());
        dialogs.fileAnswers.add(Optional.of(testRows));
        vm.chooseData();
        assertTrue(vm.columns().stream().anyMatch(c -> c.role() == ColumnRole.RATING), vm.columns().toString());
        assertTrue(vm.canScore().get());
        vm.score();

        assertEquals("", vm.errorProperty().get());
        assertEquals(recorded.rows(), vm.scores().size());
        assertTrue(vm.metricsProperty().get().startsWith("Metrics on " + recorded.rows() + " rated rows"),
                vm.metricsProperty().get());
        assertTrue(vm.metricsProperty().get().contains(String.format(Locale.ROOT, "AUC %.4f",
                recorded.metrics().get("AUC"))), vm.metricsProperty().get() + " vs " + recorded.metrics());
        double[] core = ExportedModel.load(model).predict(vm.scores().stream()
                .map(s -> new org.recbridge.task.Row(s.user(), s.item(), 0, Double.NaN, 1)).toList());
        for (int i = 0; i < core.length; i++) {
            assertEquals(core[i], vm.scores().get(i).score());
        }
        assertFalse(Double.isNaN(vm.scores().get(0).rating()), "the data's rating is shown beside the score");

        Path csv = work.resolve("scores.csv");
        dialogs.fileAnswers.add(Optional.of(csv));
        vm.saveScores();
        List<String> lines = Files.readAllLines(csv);
        assertEquals("user,item,score", lines.get(0));
        assertEquals(recorded.rows() + 1, lines.size());
        assertEquals(List.of("Wrote " + csv), dialogs.notifications);
    }

    @Test
    void topKListsKDistinctUnratedItemsPerUser() throws Exception {
        vm.setModel(model);
        vm.setData(testRows);
        vm.score();
        vm.kProperty().set(3);
        vm.showTop();
        Map<String, Set<String>> rated = new HashMap<>();
        vm.scores().forEach(s -> rated.computeIfAbsent(s.user(), u -> new HashSet<>()).add(s.item()));
        Map<String, Set<String>> listed = new HashMap<>();
        for (TopRow r : vm.top()) {
            assertFalse(rated.get(r.user()).contains(r.item()), r.toString());
            assertTrue(listed.computeIfAbsent(r.user(), u -> new HashSet<>()).add(r.item()), r.toString());
        }
        assertEquals(rated.keySet(), listed.keySet());
        listed.values().forEach(items -> assertEquals(3, items.size()));
        Path csv = work.resolve("top.csv");
        dialogs.fileAnswers.add(Optional.of(csv));
        vm.saveTop();
        assertEquals("user,rank,item,score", Files.readAllLines(csv).get(0));
        assertEquals(vm.top().size() + 1, Files.readAllLines(csv).size());
    }

    @Test
    void dataTheModelHasNeverSeenIsSaidBesideTheScores() throws Exception {
        vm.setModel(model);
        vm.setData(testRows);
        vm.score();
        // the run's own test rows: items only in test are unknown, the pairs with both are counted
        assertTrue(vm.coverageProperty().get().matches("\\d+ of \\d+ users and \\d+ of \\d+ items are known to the model "
                + "\\(\\d+ of " + recorded.rows() + " pairs have both\\); .*"), vm.coverageProperty().get());

        Path foreign = work.resolve("other-catalogue.csv");
        StringBuilder rows = new StringBuilder("user,item,rating\n");
        for (int u = 0; u < 12; u++) {
            rows.append("stranger").append(u).append(",book").append(u % 5).append(',').append(1 + u % 5).append('\n');
        }
        Files.writeString(foreign, rows);
        vm.setData(foreign);
        vm.score();
        assertEquals("0 of 12 users and 0 of 5 items are known to the model: every score is the base rate",
                vm.coverageProperty().get());
        Path csv = work.resolve("blind-scores.csv");
        dialogs.fileAnswers.add(Optional.of(csv));
        vm.saveScores();
        assertEquals("# " + vm.coverageProperty().get(), Files.readAllLines(csv).get(0));
        vm.setData(testRows);
        assertEquals("", vm.coverageProperty().get(), "cleared with the scores");
    }

    @Test
    void brokenModelsAndDataGiveTheCommandLinesMessages() throws Exception {
        Path foreign = Files.createDirectories(work.resolve("foreign"));
        vm.setModel(foreign);
        assertEquals(foreign + ": not a RecBridge model (no model.json)", vm.errorProperty().get());
        assertEquals("", vm.modelDescriptionProperty().get());

        Path newer = Files.createDirectories(work.resolve("newer"));
        try (var files = Files.list(model)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, newer.resolve(f.getFileName()));
            }
        }
        Files.writeString(newer.resolve("model.json"), Files.readString(newer.resolve("model.json"))
                .replace("\"formatVersion\" : 1", "\"formatVersion\" : 99"));
        vm.setModel(newer);
        assertTrue(vm.errorProperty().get().contains("model format version 99 is unknown to this RecBridge"),
                vm.errorProperty().get());
        assertFalse(vm.canScore().get());

        vm.setModel(model);
        Path renamed = work.resolve("renamed.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(testRows));
        lines.set(0, "a,b,c" + lines.get(0).substring("user,item,rating".length()));
        Files.write(renamed, lines);
        vm.setData(renamed);
        String cliMessage = "renamed.csv: no USER and ITEM columns found; columns: a (CATEGORICAL), b (CATEGORICAL)";
        assertTrue(vm.errorProperty().get().startsWith(cliMessage), vm.errorProperty().get());
        assertTrue(vm.errorProperty().get().endsWith("(set a role override to choose one)"), vm.errorProperty().get());
        String shown = vm.errorProperty().get();
        vm.score();
        assertTrue(vm.scores().isEmpty());
        assertEquals(shown, vm.errorProperty().get(), "scoring anyway gives the same message");

        vm.setRole(List.of("a"), ColumnRole.USER);
        vm.setRole(List.of("b"), ColumnRole.ITEM);
        vm.setRole(List.of("c"), ColumnRole.RATING);
        assertEquals("", vm.errorProperty().get());
        vm.score();
        assertEquals(recorded.rows(), vm.scores().size());
    }

    @Test
    void topKFromTheModelsFactorsIsTheRowByRowRankingWithTheModelsOwnScores() throws Exception {
        ExportedModel loaded = ExportedModel.load(model);
        List<org.recbridge.task.Row> rows = org.recbridge.export.model.Prediction.of(loaded,
                org.recbridge.data.io.InteractionImporter.importFile(testRows,
                        org.recbridge.data.ImportOptions.defaults()).value()).pairs().rows();
        List<String> users = rows.stream().map(org.recbridge.task.Row::user).distinct().toList();
        assertTrue(loaded.predictor().factors(users, loaded.targetItems()) != null,
                "a single linear model is a product of factors: the fast path is the one tested");
        Map<String, List<org.recbridge.export.model.TopItems.Scored>> top = org.recbridge.export.model.TopItems.of(
                loaded, rows, 4, org.recbridge.util.ProgressListener.none(), org.recbridge.util.CancelToken.none());
        assertEquals(users, List.copyOf(top.keySet()));
        for (String user : users) {
            // the reference: every unrated target item scored as a row, sorted (stable: ties keep the item order)
            Set<String> rated = new HashSet<>();
            rows.stream().filter(r -> r.user().equals(user)).forEach(r -> rated.add(r.item()));
            List<org.recbridge.task.Row> candidates = loaded.targetItems().stream().filter(i -> !rated.contains(i))
                    .map(i -> new org.recbridge.task.Row(user, i, 0, Double.NaN, 1)).toList();
            double[] scores = loaded.predict(candidates);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < scores.length; i++) {
                order.add(i);
            }
            order.sort((a, b) -> Double.compare(scores[b], scores[a]));
            List<org.recbridge.export.model.TopItems.Scored> got = top.get(user);
            assertEquals(4, got.size());
            for (int r = 0; r < 4; r++) {
                assertEquals(candidates.get(order.get(r)).item(), got.get(r).item(), user + " rank " + (r + 1));
                assertEquals(scores[order.get(r)], got.get(r).score(), 1e-12, user + " rank " + (r + 1));
            }
        }
    }

    @Test
    void topKShowsItsProgressAndStopsOnCancelWithTheTableSayingSo() throws Exception {
        // a job service that runs inline and presses Cancel at the job's second progress report
        List<String> lines = new ArrayList<>();
        org.recbridge.ui.common.JobService cancelling = new org.recbridge.ui.common.JobService() {
            private final SynchronousJobService inline = new SynchronousJobService();

            @Override
            public <T> Handle submit(String title, org.recbridge.ui.common.BackgroundJob<T> job,
                                     java.util.function.Consumer<T> onSuccess,
                                     java.util.function.Consumer<Throwable> onFailure, Runnable onCancelled) {
                return inline.submit(title, job, onSuccess, onFailure, onCancelled);
            }

            @Override
            public <T> Handle submit(String title, org.recbridge.ui.common.BackgroundJob<T> job,
                                     org.recbridge.util.ProgressListener onProgress,
                                     java.util.function.Consumer<T> onSuccess,
                                     java.util.function.Consumer<Throwable> onFailure, Runnable onCancelled) {
                boolean top = title.startsWith("Top");
                return inline.submit(title, (progress, cancel) -> job.run((f, m) -> {
                    progress.progress(f, m);
                    lines.add(m);
                    if (top && lines.size() == 2) {
                        cancel.cancel();
                    }
                }, cancel), onProgress, onSuccess, onFailure, onCancelled);
            }
        };
        ApplyModelViewModel apply = new ApplyModelViewModel(cancelling, dialogs, () -> work);
        assertEquals(ApplyModelViewModel.TOP_NEEDS_SCORES, apply.topStatusProperty().get());
        apply.setModel(model);
        apply.setData(testRows);
        apply.score();
        assertEquals(ApplyModelViewModel.TOP_READY, apply.topStatusProperty().get(), "no longer 'Score first'");
        lines.clear();
        apply.kProperty().set(2);
        apply.showTop();
        assertTrue(lines.get(0).startsWith("top 2: user 1 of "), lines.toString());
        assertTrue(apply.top().isEmpty());
        assertEquals("Top K cancelled; Show top K starts again", apply.topStatusProperty().get());
        assertEquals("", apply.errorProperty().get(), "a cancel is no error");
        assertFalse(apply.busyProperty().get());
        assertEquals(-1, apply.progressProperty().get());
    }
}
