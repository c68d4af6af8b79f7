package org.recbridge.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recbridge.analysis.diagnostics.ADistance;
import org.recbridge.analysis.diagnostics.Diagnostics;
import org.recbridge.analysis.diagnostics.DiagnosticsSettings;
import org.recbridge.analysis.diagnostics.DomainDiagnostics;
import org.recbridge.analysis.hints.Hint;
import org.recbridge.analysis.hints.HintSubject;
import org.recbridge.analysis.hints.Hints;
import org.recbridge.data.Overlap;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.DomainImports;
import org.recbridge.experiment.ErrorMessages;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.ui.common.ChartExports;
import org.recbridge.ui.common.ChartModel;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;
import org.recbridge.ui.common.ProjectProblems;
import org.recbridge.ui.project.ProjectDocument;
import org.recbridge.util.Percent;

/**
 * The Diagnostics screen, before any training: the project's domains compared (rating histograms, overlap, the
 * proxy A-distance and what it means, correlated side features, the target's feature ranking) in a background
 * job through the engine's {@link Diagnostics}, with the hints drawn from them; "keep top k" writes
 * {@code features.topK} into the project. The last run's diagnostics are shown until computed anew.
 */
public final class DiagnosticsViewModel {
    static final String MEANING = "The proxy A-distance trains a classifier to tell source rows from target rows on "
            + "what the domains share: with its test error e it is 2(1 − 2e), 0 when the classifier cannot tell them "
            + "apart (the source looks like the target) and 2 when it always can (the source may mislead).";

    private final ProjectDocument document;
    private final JobService jobs;
    private final DialogService dialogs;
    private final DomainImports imports;
    private final ObjectProperty<DomainDiagnostics> diagnostics = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<PlacedHint> hints = FXCollections.observableArrayList();
    private final StringBinding overlap = Bindings.createStringBinding(() -> overlap(diagnostics.get()), diagnostics);
    private final StringBinding distance = Bindings.createStringBinding(() -> distance(diagnostics.get()), diagnostics);
    private final ReadOnlyObjectWrapper<Part> opened = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canKeep;
    private final DiagnosticsCharts.Histograms histograms = new DiagnosticsCharts.Histograms(diagnostics);
    private final DiagnosticsCharts.HeatMap heatMap = new DiagnosticsCharts.HeatMap(diagnostics);
    private final DiagnosticsCharts.Ranking ranking = new DiagnosticsCharts.Ranking(diagnostics);
    private final ChartExports exports;
    private JobService.Handle job;

    /** The parts of the screen a hint can point at: its charts and its two statements. */
    public enum Part {
        HISTOGRAMS, CORRELATIONS, OVERLAP, DISTANCE;

        /** Where the number a diagnostics rule's hint states is shown. */
        static Part of(String rule) {
            return switch (rule) {
                case "domain-distance" -> DISTANCE;
                case "redundant-features" -> CORRELATIONS;
                case "few-shared-users", "nothing-shared" -> OVERLAP;
                default -> HISTOGRAMS;
            };
        }
    }

    /** {@code imports}: where the domains come from (the data screen's imports, in the workbench). */
    public DiagnosticsViewModel(ProjectDocument document, JobService jobs, DialogService dialogs,
                                DomainImports imports) {
        this.document = document;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.imports = imports;
        exports = new ChartExports(dialogs, jobs, document::baseDirectory);
        canKeep = Bindings.createBooleanBinding(() -> ranking.chartProperty().get() != null, ranking.chartProperty());
        diagnostics.addListener((o, a, b) -> placeHints(b));
        document.resultsProperty().addListener((o, a, b) -> diagnostics.set(lastRun()));
        document.pathProperty().addListener((o, a, b) -> {
            if (job != null) {
                job.cancel(); // what it computes belongs to a project no longer shown
            }
            diagnostics.set(lastRun());
        });
        diagnostics.set(lastRun());
    }

    private DomainDiagnostics lastRun() {
        return document.resultsProperty().get() == null ? null : document.resultsProperty().get().diagnostics();
    }

    /** Imports the project's data and computes its diagnostics in the background. */
    public void compute() {
        if (busy.get()) {
            return;
        }
        Project project;
        try {
            project = OpenProject.validate(document);
        } catch (ProjectException e) {
            dialogs.showError("The diagnostics cannot be computed", ProjectProblems.forWindow(e));
            return;
        }
        ProjectFile computedFor = document.file();
        busy.set(true);
        JobService.Handle[] mine = new JobService.Handle[1];
        mine[0] = jobs.submit("Diagnostics of " + project.name(), (progress, cancel) -> Diagnostics.compute(
                DataLoader.load(project, imports, progress.stage(0, 0.5, "import: "), cancel), project.task(),
                DiagnosticsSettings.defaults(), cancel), d -> {
                    busy.set(false);
                    if (document.file() == computedFor) {
                        diagnostics.set(d);
                    }
                }, error -> {
                    busy.set(false);
                    dialogs.showError("The diagnostics failed", ErrorMessages.oneLine(error));
                }, () -> busy.set(false));
        job = mine[0];
    }

    /** Writes {@code features.topK} = the number of best-ranked features chosen into the project. */
    public void keepTopK() {
        int k = ranking.keep().get();
        document.edit(p -> {
            if (p.features == null) {
                p.features = new ProjectFile.FeaturesSpec();
            }
            p.features.topK = k;
        });
        dialogs.notify("The project keeps the top " + k + " side features (features.topK = " + k + ") from its next run");
    }

    private void placeHints(DomainDiagnostics d) {
        ExperimentResults run = document.resultsProperty().get();
        // the last run's diagnostics come with its comparisons, which the hints drawn from them must agree with
        ExperimentResults measured = run != null && run.diagnostics() == d ? run : null;
        List<Hint> all = d == null ? List.of() : Hints.aboutInputs(d, measured);
        List<PlacedHint> placed = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            placed.add(new PlacedHint(i + 1, all.get(i), Evidence.of(all.get(i).rule())));
        }
        hints.setAll(placed);
    }

    /** Points the screen at the number a hint states: its chart, or the overlap or A-distance statement. */
    public void open(PlacedHint hint) {
        Part part = Part.of(hint.hint().rule());
        if (part == Part.CORRELATIONS) { // the heat map of the domain the hint names
            heatMap.domain().items().stream().filter(d -> HintSubject.names(hint.hint().message(), d)).findFirst()
                    .ifPresent(d -> heatMap.domain().valueProperty().set(d));
        }
        opened.set(null); // the same part asked for again is news too
        opened.set(part);
    }

    static String overlap(DomainDiagnostics d) {
        if (d == null) {
            return "No diagnostics yet: press Compute to compare the project's domains (no training needed).";
        }
        StringBuilder s = new StringBuilder();
        for (Overlap o : d.overlaps()) {
            s.append(String.format(Locale.ROOT, "%s → %s: %d of %d target users are also in the source (%s); ",
                    o.source(), o.target(), o.sharedUsers(), o.targetUsers(), Percent.of(o.sharedUsers(), o.targetUsers())));
            s.append(o.sharedItems() == 0 ? "no items shared (separate catalogues)"
                    : String.format(Locale.ROOT, "%d of %d target items shared", o.sharedItems(), o.targetItems()));
            s.append(String.format(Locale.ROOT, "; %d shared side features%s.%n", o.sharedFeatures().size(),
                    o.sharedFeatures().isEmpty() ? "" : " (" + String.join(", ", o.sharedFeatures()) + ")"));
        }
        return s.toString().strip();
    }

    static String distance(DomainDiagnostics d) {
        if (d == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (ADistance a : d.aDistances()) {
            s.append(a.measured() ? String.format(Locale.ROOT, "Proxy A-distance %s → %s: %.2f on %d rows per domain "
                            + "and %d shared features, %s (%.2f with every feature): %s.%n", a.source(), a.target(),
                    a.aDistance(), a.rowsPerDomain(), a.features(), a.groupsText(), a.aDistanceAllFeatures(),
                    a.reading()) : String.format(Locale.ROOT, "Proxy A-distance %s → %s: %s.%n", a.source(),
                    a.target(), a.reading()));
        }
        return s.append(MEANING).toString();
    }

    public ObservableObjectValue<DomainDiagnostics> diagnostics() {
        return diagnostics;
    }

    /** Shared users, items and side features per source (or why there is nothing to show yet). */
    public StringBinding overlap() {
        return overlap;
    }

    /** The proxy A-distance per source and what it means; empty before the diagnostics are computed. */
    public StringBinding distance() {
        return distance;
    }

    /** The part a hint opened last; null until one is. */
    public ReadOnlyObjectProperty<Part> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** The hints the diagnostics give, numbered. */
    public ObservableList<PlacedHint> hints() {
        return hints;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A ranking to keep from is shown. */
    public BooleanBinding canKeep() {
        return canKeep;
    }

    /** How many of the best-ranked features "keep top k" keeps. */
    public IntegerProperty keep() {
        return ranking.keep();
    }

    public ChartModel histograms() {
        return histograms;
    }

    public ChartModel heatMap() {
        return heatMap;
    }

    public Choice<String> heatMapDomain() {
        return heatMap.domain();
    }

    public ChartModel ranking() {
        return ranking;
    }

    public ChartExports exports() {
        return exports;
    }
}
