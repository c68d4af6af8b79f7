package org.recbridge.ui.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.recbridge.ui.common.ChartModel;
import org.recbridge.ui.common.ChartPane;
import org.recbridge.ui.common.HintWording;
import org.recbridge.ui.common.Tables;

/** The Analysis screen: a tab per chart, each with its choices, its export buttons and the hints beside it. */
public final class AnalysisView {
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<Evidence, Tab> byEvidence = new EnumMap<>(Evidence.class);
    private final AnalysisViewModel model;
    private final HintWording wording;

    /** {@code wording}: the hints' form (statistical or plain words), shared by the window's hints panes. */
    public AnalysisView(AnalysisViewModel model, HintWording wording) {
        this.model = model;
        this.wording = wording;
        OverfittingViewModel o = model.overfitting();
        add(Evidence.OVERFITTING, "overfitting-chart", o, "No per-epoch curves to show: run the project, and tick at least one strategy.", null,
                new Label("Learner"), combo(o.learner(), "The learner whose training is shown."),
                new Label("Seed"), combo(o.seed(), "The seed of the runs shown."),
                new Label("Show"), combo(o.measure(), "The metric (AUC, RMSE) or the loss the model minimises."),
                strategies(o));
        SweepsViewModel s = model.sweeps();
        add(Evidence.SWEEPS, "sweep-chart", s, "No sweeps in these results: give an L2 or factor sweep on the "
                + "Experiment tab (Analysis) and run the project.", null, new Label("Sweep"), combo(s.sweep(), "The sweep shown."));
        LearningCurvesViewModel l = model.learningCurves();
        add(Evidence.LEARNING_CURVES, "learning-curve-chart", l, "No learning curves yet: type the target budgets "
                + "above and press Learning curve (after a run), or give learning-curve budgets on the Experiment tab.",
                learningCurveRun(l), new Label("Learner"), combo(l.learner(), "The learner."), new Label("Users"),
                combo(l.group(), "The user group."), new Label("Metric"), combo(l.metric(), "The test metric."));
        RocViewModel r = model.roc();
        add(Evidence.ROC, "roc-chart", r, "No ROC curves: they exist for classification tasks once the project has run.", null,
                new Label("Learner"), combo(r.learner(), "The learner."), new Label("Users"),
                combo(r.group(), "The user group."), new Label("Seed"), combo(r.seed(), "The seed."));
        CompareRunsViewModel c = model.compareRuns();
        add(Evidence.RUN_COMPARISON, "compare-runs-chart", c, "Two runs of this project appear here side by side.",
                compareRunsRow(c), new Label("Metric"), combo(c.metric(), "The test metric."), new Label("Learner"),
                combo(c.learner(), "The learner."));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        model.openedProperty().addListener((obs, a, b) -> {
            if (b != null && byEvidence.containsKey(b)) {
                tabs.getSelectionModel().select(byEvidence.get(b));
            }
        });
        root.setCenter(tabs);
        root.setPadding(new Insets(8));
    }

    /** {@code above}: a row of its own over the chart's controls (null: none). */
    private void add(Evidence evidence, String id, ChartModel chart, String empty, Node above, Node... controls) {
        ChartPane pane = new ChartPane(id, chart, model.exports(), empty, controls);
        BorderPane withAbove = new BorderPane(pane.root());
        withAbove.setTop(above);
        SplitPane split = new HintsPane(model.hints(), model::open, evidence, model.results(),
                "Hints appear once the project has run.", wording).beside(withAbove);
        Tab tab = new Tab(evidence.title(), split);
        tab.setId(id.replace("-chart", "-tab"));
        tabs.getTabs().add(tab);
        byEvidence.put(evidence, tab);
    }

    private static Node learningCurveRun(LearningCurvesViewModel l) {
        TextField budgets = new TextField();
        budgets.setId("budgets");
        budgets.setPrefColumnCount(12);
        budgets.textProperty().bindBidirectional(l.budgetsProperty());
        budgets.setTooltip(Tables.tooltip("Target budgets in per cent of the target training rows, e.g. 1, 5, 25, 100."));
        Button run = new Button("Learning curve…");
        run.setId("run-learning-curve");
        run.setTooltip(Tables.tooltip("Train every strategy and learner of the project at these budgets, in the "
                + "background, and add the curves to the results (the last run is reused at the project's budget)."));
        run.disableProperty().bind(l.canRun().not());
        run.setOnAction(e -> l.run());
        Button cancel = new Button("Cancel");
        cancel.disableProperty().bind(l.runningProperty().not());
        cancel.setOnAction(e -> l.cancel());
        HBox row = new HBox(8, new Label("Target budgets (% of the target training rows):"), budgets, run, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4));
        return row;
    }

    private static Node compareRunsRow(CompareRunsViewModel c) {
        Button before = new Button("Before…");
        before.setId("open-before");
        before.setTooltip(Tables.tooltip("Open the results.json of an earlier run of this project."));
        before.setOnAction(e -> c.openBefore());
        Button after = new Button("After…");
        after.setTooltip(Tables.tooltip("Open another saved run as the later one (default: the current results)."));
        after.setOnAction(e -> c.openAfter());
        Label what = new Label();
        what.textProperty().bind(c.description());
        what.setWrapText(true);
        HBox row = new HBox(8, before, after, what);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4));
        return row;
    }

    /** A menu of the strategies with a tick each, rebuilt from the model whenever its lists change. */
    private static MenuButton strategies(OverfittingViewModel o) {
        MenuButton box = new MenuButton("strategies");
        box.setId("overfitting-strategies");
        box.setTooltip(Tables.tooltip("The strategies overlaid, each in its colour."));
        boolean[] syncing = {false}; // a tick set from the model does not write back to it
        Runnable fromModel = () -> {
            syncing[0] = true;
            box.getItems().setAll(o.strategies().stream().map(s -> {
                CheckMenuItem item = new CheckMenuItem(s);
                item.setSelected(o.shown().contains(s));
                item.selectedProperty().addListener((obs, was, now) -> {
                    if (!syncing[0]) {
                        o.shown().setAll(box.getItems().stream().map(i -> (CheckMenuItem) i)
                                .filter(CheckMenuItem::isSelected).map(MenuItem::getText).toList());
                    }
                });
                return (MenuItem) item;
            }).toList());
            syncing[0] = false;
        };
        o.strategies().addListener((ListChangeListener<String>) c -> fromModel.run());
        o.shown().addListener((ListChangeListener<String>) c -> fromModel.run());
        fromModel.run();
        return box;
    }

    private static <T> ComboBox<T> combo(Choice<T> choice, String help) {
        ComboBox<T> c = new ComboBox<>(choice.items());
        c.valueProperty().bindBidirectional(choice.valueProperty());
        c.setTooltip(Tables.tooltip(help));
        return c;
    }

    public BorderPane root() {
        return root;
    }
}
