package org.recbridge.ui.experiment;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.recbridge.transfer.TransferStrategy;
import org.recbridge.ui.common.FieldMarks;

/** The experiment screen: the view of an {@link ExperimentViewModel}; every field shows its own refusals. */
public final class ExperimentView extends BorderPane {
    private final ExperimentViewModel vm;
    private final Map<String, TransferStrategy> strategies = new HashMap<>();
    private final CheckListView<String> checklist = new CheckListView<>();
    private final VBox learnerBoxes = new VBox(10);
    private final GridPane settings = new GridPane();
    private boolean syncing;

    public ExperimentView(ExperimentViewModel vm) {
        this.vm = vm;
        vm.strategyChoices().forEach(s -> strategies.put(s.id(), s));
        HBox columns = new HBox(18, setup(), learners(), strategiesPane());
        columns.setPadding(new Insets(12));
        columns.setFillHeight(true);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    // ---- task, protocol, seeds, evaluation

    private Node setup() {
        GridPane grid = form();
        int row = 0;
        row = section(grid, row, "Project");
        row = add(grid, row, vm.name(), FieldEditors.text(vm.name()));
        row = add(grid, row, vm.description(), FieldEditors.text(vm.description()));
        row = section(grid, row, "Task");
        row = add(grid, row, vm.taskType(), FieldEditors.choice(vm.taskType(), ExperimentViewModel.TASKS));
        row = add(grid, row, vm.likeThreshold(), FieldEditors.text(vm.likeThreshold()));
        row = add(grid, row, vm.taskNegatives(), FieldEditors.text(vm.taskNegatives()));
        row = add(grid, row, vm.redrawNegatives(), FieldEditors.choice(vm.redrawNegatives(), ExperimentViewModel.REDRAW));
        int from = row;
        row = section(grid, row, "Protocol");
        row = add(grid, row, vm.protocolType(), FieldEditors.choice(vm.protocolType(), ExperimentViewModel.PROTOCOLS));
        row = add(grid, row, vm.coldStartFraction(), FieldEditors.text(vm.coldStartFraction()));
        row = add(grid, row, vm.targetBudget(), FieldEditors.text(vm.targetBudget()));
        row = add(grid, row, vm.train(), FieldEditors.text(vm.train()));
        row = add(grid, row, vm.validation(), FieldEditors.text(vm.validation()));
        row = add(grid, row, vm.test(), FieldEditors.text(vm.test()));
        row = add(grid, row, vm.validationFile(), FieldEditors.text(vm.validationFile()));
        row = add(grid, row, vm.testFile(), FieldEditors.text(vm.testFile()));
        row = add(grid, row, vm.coldUsers(), FieldEditors.text(vm.coldUsers()));
        row = add(grid, row, vm.seeds(), FieldEditors.text(vm.seeds()));
        band(grid, "protocol", from, row);
        row = section(grid, row, "Linking");
        row = add(grid, row, vm.linkUsers(), FieldEditors.choice(vm.linkUsers(), ExperimentViewModel.USER_LINKS));
        row = add(grid, row, vm.sharedUsers(), FieldEditors.text(vm.sharedUsers()));
        row = add(grid, row, vm.linkItems(), FieldEditors.choice(vm.linkItems(), ExperimentViewModel.ITEM_LINKS));
        from = row;
        row = section(grid, row, "Evaluation");
        row = add(grid, row, vm.ranking(), FieldEditors.choice(vm.ranking(), ExperimentViewModel.RANKINGS));
        row = add(grid, row, vm.k(), FieldEditors.text(vm.k()));
        row = add(grid, row, vm.evaluationNegatives(), FieldEditors.text(vm.evaluationNegatives()));
        row = add(grid, row, vm.baseline(), FieldEditors.editableChoice(vm.baseline(), vm.labels()));
        row = add(grid, row, vm.alpha(), FieldEditors.text(vm.alpha()));
        row = add(grid, row, vm.minimumEffect(), FieldEditors.text(vm.minimumEffect()));
        band(grid, "evaluation", from, row);
        row = section(grid, row, "Features");
        row = add(grid, row, vm.topK(), FieldEditors.text(vm.topK()));
        row = add(grid, row, vm.baselineFeatures(), FieldEditors.choice(vm.baselineFeatures(),
                ExperimentViewModel.BASELINE_FEATURES));
        row = add(grid, row, vm.itemShrinkage(), FieldEditors.text(vm.itemShrinkage()));
        row = add(grid, row, vm.userShrinkage(), FieldEditors.text(vm.userShrinkage()));
        // learning curves and sweeps: run with the project, shown on the Analysis tab
        from = row;
        row = section(grid, row, "Analysis (learning curves and sweeps)");
        row = add(grid, row, vm.budgets(), FieldEditors.text(vm.budgets()));
        row = add(grid, row, vm.l2Sweep(), FieldEditors.text(vm.l2Sweep()));
        row = add(grid, row, vm.factorSweep(), FieldEditors.text(vm.factorSweep()));
        row = add(grid, row, vm.sweepStrategy(), FieldEditors.choice(vm.sweepStrategy(),
                vm.strategyChoices().stream().map(TransferStrategy::id).toList()));
        row = add(grid, row, vm.sweepLearner(), FieldEditors.text(vm.sweepLearner()));
        band(grid, "analysis-settings", from, row);
        // the three columns' minimum widths add up to less than a 1280-wide window: no sideways scrolling there
        grid.setPrefWidth(420);
        grid.setMinWidth(370);
        return grid;
    }

    private static int section(GridPane grid, int row, String title) {
        Label l = heading(title);
        GridPane.setMargin(l, new Insets(row == 0 ? 0 : 10, 0, 0, 0));
        grid.add(l, 0, row, 2, 1);
        return row + 1;
    }

    /**
     * An empty region behind a section's rows, named {@code id}, so a lesson's tour can outline the section (a grid
     * has no node of its own for a group of rows); first among the children, so it stays behind the fields.
     */
    private static void band(GridPane grid, String id, int from, int to) {
        Region band = new Region();
        band.setId(id);
        band.setMouseTransparent(true);
        GridPane.setConstraints(band, 0, from, 2, to - from);
        grid.getChildren().add(0, band);
    }

    private static int add(GridPane grid, int row, ProjectField field, Node editor) {
        Label label = new Label(field.label());
        label.setTooltip(new Tooltip(field.description()));
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        GridPane.setMargin(label, new Insets(4, 0, 0, 0));
        grid.add(label, 0, row);
        grid.add(editor, 1, row);
        return row + 1;
    }

    // ---- learners

    private Node learners() {
        Button linear = new Button("Add linear");
        linear.setOnAction(e -> vm.addLearner("linear"));
        linear.setTooltip(new Tooltip("Logistic regression for likes and implicit feedback, linear regression for ratings"));
        FieldMarks.mark(linear, "learners[].type");
        Button fm = new Button("Add fm");
        fm.setOnAction(e -> vm.addLearner("fm"));
        fm.setTooltip(new Tooltip("Factorization machine: pairwise feature interactions through latent factors"));
        Label hint = new Label("Empty settings take the default shown in grey.");
        hint.setStyle("-fx-text-fill: #555;");
        hint.setWrapText(true);
        VBox box = new VBox(8, heading("Learners"), new HBox(6, linear, fm), hint,
                FieldEditors.error(vm.learnersErrorProperty()), learnerBoxes);
        box.setId("learners");
        vm.learners().addListener((ListChangeListener<LearnerEntry>) c -> rebuildLearners());
        rebuildLearners();
        box.setPrefWidth(320);
        box.setMinWidth(270);
        return box;
    }

    private void rebuildLearners() {
        learnerBoxes.getChildren().clear();
        for (LearnerEntry learner : vm.learners()) {
            Label title = new Label("learners[" + learner.index() + "]: " + learner.type());
            title.setStyle("-fx-font-weight: bold;");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button remove = new Button("Remove");
            remove.setOnAction(e -> vm.removeLearner(learner.index()));
            HBox header = new HBox(6, title, gap, remove);
            header.setAlignment(Pos.CENTER_LEFT);
            VBox card = new VBox(4, header, LearnerSheet.of(learner));
            card.setPadding(new Insets(6));
            card.setStyle("-fx-border-color: #c8c8c8; -fx-border-radius: 4;");
            learnerBoxes.getChildren().add(card);
        }
    }

    // ---- strategies

    private Node strategiesPane() {
        checklist.setId("strategies");
        FieldMarks.mark(checklist, "strategies");
        checklist.getItems().setAll(vm.strategyChoices().stream().map(TransferStrategy::id).toList());
        checklist.setCellFactory(list -> new CheckBoxListCell<>(checklist::getItemBooleanProperty) {
            @Override
            public void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setTooltip(empty || id == null ? null : wrapped(strategies.get(id).description()));
            }
        });
        checklist.setPrefHeight(380); // all sixteen strategies without scrolling
        checklist.getItems().forEach(id -> checklist.getItemBooleanProperty(id).addListener((obs, was, now) -> {
            if (!syncing && !vm.setChosen(id, now)) {
                Platform.runLater(this::syncChecks); // refused: show the project's choice again
            }
        }));
        vm.chosenIds().addListener((ListChangeListener<String>) c -> syncChecks());
        syncChecks();
        checklist.getSelectionModel().selectedItemProperty().addListener((obs, old, id) ->
                vm.selectedStrategyProperty().set(id));
        checklist.getSelectionModel().select(0); // so the description pane never starts empty

        Label description = new Label();
        description.setWrapText(true);
        description.setMinHeight(Region.USE_PREF_SIZE);
        description.textProperty().bind(Bindings.createStringBinding(() -> {
            String id = vm.selectedStrategyProperty().get();
            return id == null ? "Select a strategy to see what it does and its settings." : strategies.get(id).description();
        }, vm.selectedStrategyProperty()));
        VBox descriptionBox = new VBox(description);
        descriptionBox.setPadding(new Insets(8));
        descriptionBox.setStyle("-fx-background-color: #f4f6f9; -fx-border-color: #d5dae1;");
        Button explain = new Button("Explain…");
        explain.disableProperty().bind(vm.selectedStrategyProperty().isNull());
        explain.setOnAction(e -> vm.explainStrategy(vm.selectedStrategyProperty().get()));

        ListView<StrategyEntry> configurations = new ListView<>(vm.configurations());
        configurations.setPrefHeight(62);
        configurations.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(StrategyEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.label() + "   (strategies[" + entry.index() + "])");
            }
        });
        configurations.setPlaceholder(new Label("Not in the project: check it, or set values and Apply"));
        configurations.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedConfigurationProperty().set(now);
            }
        });
        vm.selectedConfigurationProperty().addListener((obs, old, now) -> configurations.getSelectionModel().select(now));

        settings.setHgap(8);
        settings.setVgap(4);
        ColumnConstraints settingName = new ColumnConstraints();
        settingName.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints settingValue = new ColumnConstraints();
        settingValue.setHgrow(Priority.ALWAYS);
        settings.getColumnConstraints().addAll(settingName, settingValue);
        vm.drafts().addListener((ListChangeListener<SettingDraft>) c -> rebuildSettings());
        // from one strategy without settings to another the drafts stay empty: the line must still name the new one
        vm.selectedStrategyProperty().addListener((o, a, b) -> rebuildSettings());
        rebuildSettings();
        Button apply = new Button("Apply");
        apply.setTooltip(new Tooltip("Gives the selected configuration the values above"));
        apply.setOnAction(e -> vm.applySettings());
        Button another = new Button("Add another configuration");
        another.setId("addConfiguration");
        another.setTooltip(new Tooltip("Adds the values above as a second entry of this strategy, so both run side "
                + "by side under their own labels"));
        another.setOnAction(e -> vm.addConfiguration());
        Button remove = new Button("Remove");
        remove.disableProperty().bind(vm.selectedConfigurationProperty().isNull());
        remove.setOnAction(e -> vm.removeConfiguration(vm.selectedConfigurationProperty().get()));
        for (Button b : new Button[] {apply, another}) {
            b.disableProperty().bind(Bindings.isEmpty(vm.drafts()));
        }

        VBox details = new VBox(8, new HBox(8, new Label("What it does"), explain), descriptionBox,
                new Label("Configurations in the project"), configurations, new Label("Settings"), settings,
                new javafx.scene.layout.FlowPane(6, 6, apply, remove, another), FieldEditors.error(vm.strategiesErrorProperty()));
        HBox.setHgrow(details, Priority.ALWAYS);
        checklist.setPrefWidth(190);
        checklist.setMinWidth(170);
        VBox box = new VBox(8, heading("Strategies"), new HBox(10, checklist, details));
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMinWidth(480); // the buttons under the settings wrap (a FlowPane) below that
        return box;
    }

    private void syncChecks() {
        syncing = true;
        try {
            for (String id : checklist.getItems()) {
                checklist.getItemBooleanProperty(id).set(vm.chosenIds().contains(id));
            }
        } finally {
            syncing = false;
        }
    }

    private void rebuildSettings() {
        settings.getChildren().clear();
        if (vm.drafts().isEmpty()) {
            String id = vm.selectedStrategyProperty().get();
            settings.add(new Label(id == null ? "" : id + " has no settings."), 0, 0);
            return;
        }
        int row = 0;
        for (SettingDraft d : vm.drafts()) {
            Label name = new Label(d.setting().name());
            TextField input = new TextField();
            input.setId("setting-" + d.setting().name());
            input.textProperty().bindBidirectional(d.textProperty());
            input.setPromptText("default " + d.setting().defaultText());
            input.setTooltip(wrapped(d.setting().describe()));
            Label error = FieldEditors.error(d.errorProperty());
            VBox field = new VBox(2, input, error);
            GridPane.setHgrow(field, Priority.ALWAYS);
            settings.add(name, 0, row);
            settings.add(field, 1, row);
            row++;
        }
    }

    private static Tooltip wrapped(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        field.setMinWidth(180);
        grid.getColumnConstraints().addAll(label, field);
        return grid;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 1.08em; -fx-font-weight: bold;");
        return l;
    }
}
