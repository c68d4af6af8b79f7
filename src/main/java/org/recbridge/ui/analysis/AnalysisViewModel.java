package org.recbridge.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recbridge.analysis.hints.Hint;
import org.recbridge.analysis.hints.HintSubject;
import org.recbridge.experiment.DomainImports;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.ui.common.ChartExports;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.JobService;
import org.recbridge.ui.project.ProjectDocument;

/**
 * The Analysis screen: its charts (overfitting, sweeps, learning curves, ROC, two runs compared) and the results' hints, each
 * numbered and placed beside the chart that shows its evidence; opening a hint selects that chart.
 */
public final class AnalysisViewModel {
    private final OverfittingViewModel overfitting;
    private final SweepsViewModel sweeps;
    private final LearningCurvesViewModel learningCurves;
    private final RocViewModel roc;
    private final CompareRunsViewModel compareRuns;
    private final ChartExports exports;
    private final ObservableList<PlacedHint> hints = FXCollections.observableArrayList();
    private final ObjectProperty<Evidence> opened = new SimpleObjectProperty<>(Evidence.OVERFITTING);
    private final ReadOnlyObjectWrapper<OpenedHint> openedHint = new ReadOnlyObjectWrapper<>();
    private final ProjectDocument document;

    /** A hint opened and what it is about (null: it names no strategy and learner of the results). */
    public record OpenedHint(PlacedHint hint, HintSubject subject) {
    }

    /** {@code imports}: where the learning curves' domains come from (the data screen's imports, in the workbench). */
    public AnalysisViewModel(ProjectDocument document, JobService jobs, DialogService dialogs, DomainImports imports) {
        this.document = document;
        overfitting = new OverfittingViewModel(document.resultsProperty());
        sweeps = new SweepsViewModel(document.resultsProperty());
        learningCurves = new LearningCurvesViewModel(document, jobs, dialogs, imports);
        roc = new RocViewModel(document.resultsProperty());
        compareRuns = new CompareRunsViewModel(document, jobs, dialogs);
        exports = new ChartExports(dialogs, jobs, document::baseDirectory);
        document.resultsProperty().addListener((o, a, b) -> placeHints(b));
        placeHints(document.resultsProperty().get());
    }

    private void placeHints(ExperimentResults r) {
        List<PlacedHint> placed = new ArrayList<>();
        List<Hint> all = r == null ? List.of() : r.hints();
        for (int i = 0; i < all.size(); i++) {
            placed.add(new PlacedHint(i + 1, all.get(i), Evidence.of(all.get(i).rule())));
        }
        hints.setAll(placed);
    }

    /**
     * Shows the chart with the hint's evidence and, when the hint names a strategy and learner, their curves in bold
     * (overfitting); the window points at the bar or number of charts on other screens from {@link #openedHint()}.
     */
    public void open(PlacedHint hint) {
        HintSubject subject = HintSubject.of(hint.hint(), document.resultsProperty().get()).orElse(null);
        if (hint.evidence() == Evidence.OVERFITTING && subject != null) {
            overfitting.focus(document.resultsProperty().get(), subject.strategy(), subject.learner());
        }
        opened.set(null); // a second click on a hint of the chart left since still opens it
        opened.set(hint.evidence());
        openedHint.set(new OpenedHint(hint, subject)); // a new object: the same hint clicked again is news too
    }

    /** The last hint opened, for the charts of other screens (comparison bars, diagnostics). */
    public ReadOnlyObjectProperty<OpenedHint> openedHint() {
        return openedHint.getReadOnlyProperty();
    }

    /** Every hint, numbered as in the results. */
    /** The results the screen shows, null before a run. */
    public ObservableObjectValue<ExperimentResults> results() {
        return document.resultsProperty();
    }

    public ObservableList<PlacedHint> hints() {
        return hints;
    }

    /** The chart a hint asked for; the screen (or the window, for charts on other screens) selects it. */
    public ObjectProperty<Evidence> openedProperty() {
        return opened;
    }

    public OverfittingViewModel overfitting() {
        return overfitting;
    }

    public SweepsViewModel sweeps() {
        return sweeps;
    }

    public LearningCurvesViewModel learningCurves() {
        return learningCurves;
    }

    public RocViewModel roc() {
        return roc;
    }

    public CompareRunsViewModel compareRuns() {
        return compareRuns;
    }

    public ChartExports exports() {
        return exports;
    }
}
