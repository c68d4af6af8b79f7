package org.recbridge.ui;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import java.util.function.Consumer;
import org.recbridge.lesson.Concept;
import org.recbridge.lesson.Highlight;
import org.recbridge.lesson.LessonAction;
import org.recbridge.ui.analysis.Evidence;
import org.recbridge.ui.experiment.ExperimentViewModel;
import org.recbridge.ui.teach.TourActions;

/**
 * A tour's actions done by the workbench's own screens, as a user would do them: tabs selected, a field set
 * through the Experiment screen's validator, a run started as Run ▸ Run Project starts it; and the controls a
 * step talks about found by their node ids and outlined.
 */
final class WorkbenchTour implements TourActions {
    static final String OUTLINE = "tour-highlight";
    /** The node each highlight names (ids the screens give their controls; a chart's pane, there before its chart). */
    private static final Map<Highlight, String> NODES = new EnumMap<>(Map.ofEntries(
            Map.entry(Highlight.DATA_CARDS, "data-cards"),
            Map.entry(Highlight.OVERLAP_TABLE, "overlaps"),
            Map.entry(Highlight.IMPORT_BUTTON, "addSource"),
            Map.entry(Highlight.STRATEGIES, "strategies"),
            Map.entry(Highlight.RUN_BUTTON, "run-button"),
            Map.entry(Highlight.RUN_LOG, "run-log"),
            Map.entry(Highlight.RESULTS_TABLE, "results-table"),
            Map.entry(Highlight.COMPARISONS, "comparisons-table"),
            Map.entry(Highlight.COMPARISON_CHART, "comparison-chart-pane"),
            Map.entry(Highlight.HINTS, "hints-list"),
            Map.entry(Highlight.TRAINING_CHART, "overfitting-chart-pane"),
            Map.entry(Highlight.SWEEP_CHART, "sweep-chart-pane"),
            Map.entry(Highlight.LEARNING_CURVE_CHART, "learning-curve-chart-pane"),
            Map.entry(Highlight.ROC_CHART, "roc-chart-pane"),
            Map.entry(Highlight.DIAGNOSTICS_DISTANCE, "a-distance"),
            Map.entry(Highlight.FEATURE_RANKING, "ranking-chart-pane"),
            Map.entry(Highlight.LEARNERS, "learners"),
            Map.entry(Highlight.PROTOCOL, "protocol"),
            Map.entry(Highlight.EVALUATION, "evaluation"),
            Map.entry(Highlight.ANALYSIS_SETTINGS, "analysis-settings")));
    private final Workbench workbench;
    private final ExperimentViewModel experiment;
    private final Consumer<Concept> concepts;
    private Node outlined;

    WorkbenchTour(Workbench workbench, ExperimentViewModel experiment, Consumer<Concept> concepts) {
        this.workbench = workbench;
        this.experiment = experiment;
        this.concepts = concepts;
    }

    @Override
    public String perform(LessonAction a) {
        MainWindow w = workbench.window();
        switch (a.type()) {
            case OPEN_TAB -> w.select(a.tab().name().toLowerCase(Locale.ROOT) + "-tab");
            case SET -> {
                w.select("experiment-tab");
                return experiment.set(a.field(), a.value());
            }
            case RUN -> {
                if (!workbench.run().canRun().get()) {
                    return "The project cannot run now (another job is training, or it is being opened).";
                }
                w.select("run-tab");
                workbench.run().run();
            }
            case DIAGNOSE -> {
                w.select("diagnostics-tab");
                workbench.diagnostics().compute();
            }
            case LEARNING_CURVE -> {
                if (workbench.document().resultsProperty().get() == null) {
                    return "Run the project first: the learning curve is added to its results.";
                }
                w.select("analysis-tab");
                workbench.analysis().openedProperty().set(Evidence.LEARNING_CURVES);
                workbench.analysis().learningCurves().run();
            }
            case OPEN_ANALYSIS -> {
                w.select("analysis-tab");
                workbench.analysis().openedProperty().set(switch (a.view()) {
                    case TRAINING -> Evidence.OVERFITTING;
                    case SWEEPS -> Evidence.SWEEPS;
                    case LEARNING_CURVES -> Evidence.LEARNING_CURVES;
                    case ROC -> Evidence.ROC;
                });
            }
            case APPLY_MODEL -> {
                return applyModel();
            }
            case CONCEPT -> concepts.accept(a.concept());
            case PLAYGROUND -> workbench.playground();
            default -> throw new IllegalStateException("unknown action " + a.type());
        }
        return null;
    }

    /**
     * The best results row (the table's first, sorted best first) exported, then Apply Model opened with that model
     * and the target's ratings (the data the lesson scores), ready to score.
     */
    private String applyModel() {
        if (workbench.document().resultsProperty().get() == null) {
            return "Run the project first: the model exported is the best run's.";
        }
        workbench.window().select("results-tab");
        Node table = workbench.window().root().lookup("#results-table");
        if (!(table instanceof TableView<?> t) || t.getItems().isEmpty()) {
            return "The results have no row to export.";
        }
        t.getSelectionModel().select(0);
        var target = workbench.document().file().target; // none when one data set is split into both domains
        Path data = target == null ? null : workbench.document().baseDirectory().resolve(target.interactions);
        workbench.results().exportModel(model -> workbench.applyModel(model, data));
        return null;
    }

    @Override
    public void highlight(Highlight h) {
        if (outlined != null) {
            outlined.getStyleClass().remove(OUTLINE);
            outlined = null;
        }
        if (h == null) {
            return;
        }
        Node n = workbench.window().root().lookup("#" + NODES.get(h));
        if (n != null) {
            n.getStyleClass().add(OUTLINE);
            outlined = n;
        }
    }
}
