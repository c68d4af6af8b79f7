package org.recbridge.ui.teach;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.nio.file.Path;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.recbridge.analysis.WhatIf;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.chart.ComparisonChartFactory;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TransferStrategy;
import org.recbridge.ui.common.BackgroundJob;
import org.recbridge.ui.common.ChartExports;
import org.recbridge.ui.common.ChartModel;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * The "What if…" playground: four sliders describe a synthetic pair (how alike the domains' tastes are, how many
 * users they share, how much each target user rated, how noisy the likes are); each change makes the pair again
 * and runs two strategies on it in the background, and the comparison chart shows the outcome. A change while an
 * update runs cancels it: only the newest settings are worth the cores.
 */
public final class PlaygroundViewModel implements ChartModel {
    /** What an update runs: {@link WhatIf#run} in the window, a fake in tests. */
    @FunctionalInterface
    public interface Engine {
        ExperimentResults run(SyntheticSettings settings, List<String> strategies, ProgressListener progress,
                              CancelToken cancel) throws Exception;
    }

    static final String METRIC = "AUC";
    static final String LEARNER = "linear";
    private final JobService jobs;
    private final Engine engine;
    private final ChartExports exports;
    private final DoubleProperty rho = new SimpleDoubleProperty(0.8);
    private final DoubleProperty sharedUsers = new SimpleDoubleProperty(0.5);
    private final DoubleProperty targetPerUser = new SimpleDoubleProperty(6);
    private final DoubleProperty labelNoise = new SimpleDoubleProperty(0.05);
    private final ObjectProperty<String> baseline = new SimpleObjectProperty<>("target-only");
    private final ObjectProperty<String> strategy = new SimpleObjectProperty<>("pooled");
    private final ObservableList<String> strategyChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ExperimentResults> results = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Move a slider, or press Update.");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private JobService.Handle running;
    /** Counts updates asked for, so one replaced by a newer one changes nothing when it ends. */
    private long generation;

    public PlaygroundViewModel(JobService jobs, DialogService dialogs, Engine engine, Supplier<Path> exportFolder) {
        this.jobs = jobs;
        this.engine = engine;
        this.exports = new ChartExports(dialogs, jobs, exportFolder);
        for (TransferStrategy s : Strategies.all()) {
            strategyChoices.add(s.id());
        }
    }

    /** The playground of the window: updates run the real engine. */
    public static PlaygroundViewModel withEngine(JobService jobs, DialogService dialogs, Supplier<Path> exportFolder) {
        return new PlaygroundViewModel(jobs, dialogs, WhatIf::run, exportFolder);
    }

    /** Domain similarity: the correlation of a user's tastes across the two domains (0 unrelated, 1 the same). */
    public DoubleProperty rho() {
        return rho;
    }

    /** The share of users who rated in both domains. */
    public DoubleProperty sharedUsers() {
        return sharedUsers;
    }

    /** Target size: how many target items each target user rated, on average. */
    public DoubleProperty targetPerUser() {
        return targetPerUser;
    }

    /** The share of likes flipped at random. */
    public DoubleProperty labelNoise() {
        return labelNoise;
    }

    /** The strategy the other is compared with. */
    public ObjectProperty<String> baseline() {
        return baseline;
    }

    public ObjectProperty<String> strategy() {
        return strategy;
    }

    public ObservableList<String> strategyChoices() {
        return strategyChoices;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the playground is doing, or what the last update showed. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** The chosen strategy against the baseline per user group, in words, from the last update. */
    public ReadOnlyStringProperty outcome() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExperimentResults> results() {
        return results.getReadOnlyProperty();
    }

    /** The synthetic settings the sliders describe now. */
    public SyntheticSettings settings() {
        return WhatIf.settings(rho.get(), sharedUsers.get(), Math.round(targetPerUser.get()), labelNoise.get());
    }

    /** Makes the pair for the sliders' values and runs the two strategies; an update under way is cancelled. */
    public void update() {
        cancel();
        if (baseline.get() == null || strategy.get() == null || baseline.get().equals(strategy.get())) {
            status.set("Choose two different strategies.");
            return;
        }
        SyntheticSettings settings = settings();
        List<String> strategies = List.of(baseline.get(), strategy.get());
        long mine = ++generation;
        busy.set(true);
        status.set("Updating: " + describe(settings) + "…");
        BackgroundJob<ExperimentResults> job = (progress, cancel) -> engine.run(settings, strategies, progress, cancel);
        running = jobs.submit("What if: " + describe(settings), job, r -> {
            if (mine == generation) {
                busy.set(false);
                show(r, settings);
            }
        }, error -> {
            if (mine == generation) {
                busy.set(false);
                status.set("The update failed: " + error.getMessage());
            }
        }, () -> {
            if (mine == generation) {
                busy.set(false);
                status.set("Update cancelled.");
            }
        });
    }

    /** Stops the update under way (a slider is being dragged again: its result would be stale at once). */
    public void cancel() {
        generation++; // whatever an update under way still delivers is not shown
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(false);
    }

    private void show(ExperimentResults r, SyntheticSettings settings) {
        results.set(r);
        chart.set(freshChart());
        status.set("Shown: " + describe(settings) + ".");
        StringBuilder words = new StringBuilder();
        for (Comparison c : r.comparisons()) {
            if (c.metric().equals(METRIC) && c.learner().equals(LEARNER)) {
                words.append(String.format(Locale.ROOT, "%s%s users: %s %s %s by %+.3f AUC [%+.3f, %+.3f], %s",
                        words.length() == 0 ? "" : "\n", c.group(), c.strategy(), c.meanDifference() >= 0 ? "beats"
                        : "trails", c.baseline(), c.meanDifference(), c.differenceLower(), c.differenceUpper(),
                        c.verdictWords()));
            }
        }
        outcome.set(words.toString());
    }

    static String describe(SyntheticSettings s) {
        return String.format(Locale.ROOT, "rho %.2f, %.0f%% shared users, %.0f target ratings per user, %.0f%% "
                + "label noise", s.rho(), 100 * s.sharedUserFraction(), s.targetInteractionsPerUser(),
                100 * s.labelNoise());
    }

    @Override
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    @Override
    public JFreeChart freshChart() {
        return results.get() == null ? null : ComparisonChartFactory.chart(results.get(), METRIC, LEARNER);
    }

    @Override
    public String fileName() {
        return "what-if";
    }

    public ChartExports exports() {
        return exports;
    }
}
