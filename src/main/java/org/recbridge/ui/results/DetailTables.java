package org.recbridge.ui.results;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.geometry.Insets;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.recbridge.analysis.hints.Hint;
import org.recbridge.ui.common.HintWording;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.report.TrainingSummary;
import org.recbridge.ui.common.Help;
import org.recbridge.ui.common.Tables;

/** The Results screen's smaller tables and lists: comparisons with the baseline, training, hints, notes. */
final class DetailTables {
    private DetailTables() {
    }

    /** "No results yet" until there are results; then what their absence from these results means. */
    private static Label beforeAnyRun(ResultsViewModel model, String none) {
        Label l = new Label();
        l.textProperty().bind(Bindings.when(model.hasResults()).then(none)
                .otherwise("No results yet: run the project (Ctrl+R), or open a project that was run."));
        return l;
    }

    static TableView<Comparison> comparisons(ResultsViewModel model) {
        TableView<Comparison> t = new TableView<>(model.comparisons());
        t.setId("comparisons-table");
        t.setPlaceholder(beforeAnyRun(model, "No comparisons: the run had no baseline among its strategies."));
        TableColumn<Comparison, String> strategy = Tables.column("strategy", null, Comparison::strategy);
        Tables.cells(strategy, s -> s, Help::strategy);
        TableColumn<Comparison, String> difference = Tables.column("difference [95% interval]", "Strategy minus "
                + "baseline on the main metric, mean over seeds, with the corrected t-test's interval at 1 - alpha: "
                + "it excludes 0 exactly where the verdict is better or worse.", Comparison::differenceText);
        // the level follows the run's alpha
        model.comparisons().addListener((ListChangeListener<Comparison>) change -> {
            if (!model.comparisons().isEmpty()) {
                ((Label) difference.getGraphic()).setText(
                        "difference [" + model.comparisons().get(0).intervalLevel() + " interval]");
            }
        });
        t.getColumns().addAll(List.of(strategy,
                Tables.column("learner", null, Comparison::learner),
                Tables.column("users", Help.USER_GROUPS, Comparison::group),
                difference,
                Tables.column("p(t)", "Two-sided p-value of the corrected resampled t-test (Nadeau-Bengio), which "
                        + "allows for the overlap of the seeds' training sets; it decides the verdict.",
                        c -> p(c.tPValue())),
                Tables.column("p(Wilcoxon)", "Two-sided p-value of the Wilcoxon signed-rank test over seeds; "
                        + "with 5 seeds it cannot go below 0.0625.", c -> p(c.wilcoxonPValue())),
                Tables.column("W/T/L", "Seeds where the strategy won, tied and lost against the baseline.",
                        c -> c.wins() + "/" + c.ties() + "/" + c.losses()),
                verdict()));
        Tables.fitToContent(t);
        return t;
    }

    private static TableColumn<Comparison, String> verdict() {
        return VerdictColumn.create("Better, worse or no difference at the project's alpha; a difference smaller "
                        + "than the minimum effect says so and is not coloured; negative transfer flagged.",
                c -> c.verdictWords() + (c.negativeTransfer() ? ", negative transfer" : ""), c -> c,
                s -> Help.verdict(s.replace(", negative transfer", ""))
                        + (s.endsWith("negative transfer") ? "\n" + Help.NEGATIVE_TRANSFER : ""));
    }

    static TableView<TrainingSummary> training(ResultsViewModel model) {
        TableView<TrainingSummary> t = new TableView<>(model.training());
        t.setId("training-table");
        t.setPlaceholder(beforeAnyRun(model, "No epoch curves in these results."));
        TableColumn<TrainingSummary, String> strategy = Tables.column("strategy", null, TrainingSummary::strategy);
        Tables.cells(strategy, s -> s, Help::strategy);
        t.getColumns().addAll(List.of(strategy,
                Tables.column("learner", null, TrainingSummary::learner),
                Tables.column("epochs run", "Epochs the final model trained, mean over seeds (early stopping "
                        + "ends training once validation stops improving).", r -> fixed(r.epochsRun(), 1)),
                Tables.column("kept epoch", "The epoch whose parameters were kept: the best on the validation "
                        + "rows, never on test.", r -> fixed(r.keptEpoch(), 1)),
                Tables.column("train", "The training metric (AUC, or RMSE for ratings) at the kept epoch.",
                        r -> fixed(r.train(), 4)),
                Tables.column("validation", "The validation metric at the kept epoch.", r -> fixed(r.validation(), 4)),
                Tables.column("gap", "How much better the model does on rows it learnt from than on validation, at "
                        + "the kept epoch: train minus validation for AUC, validation minus train for RMSE. A large "
                        + "gap is a sign of overfitting.", r -> fixed(r.gap(), 4)),
                Tables.column("overfitting", "In how many seeds the validation curve got worse for good while "
                        + "training went on improving.", r -> r.overfitSeeds() + " of " + r.seeds() + " seeds")));
        Tables.fitToContent(t);
        return t;
    }

    /** The hints, with the toggle between their statistical and plain-words forms above them. */
    static BorderPane hints(ResultsViewModel model, HintWording wording) {
        ListView<Hint> list = new ListView<>(model.hints());
        list.setId("hints-list");
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.hasResults())
                .then("No hints: the rules found nothing to point out in these results.")
                .otherwise("Hints appear once the project has run."));
        list.setPlaceholder(placeholder);
        list.setCellFactory(l -> {
            ListCell<Hint> cell = wrapping(l, h -> (h.severity().equals("warning") ? "⚠  " : "•  ") + wording.text(h));
            cell.setOnMouseClicked(e -> {
                if (cell.getItem() != null) {
                    model.openHint(cell.getItem());
                }
            });
            return cell;
        });
        list.setTooltip(new Tooltip("Click a hint to open the chart that shows its number."));
        HBox bar = new HBox(wording.toggle(list));
        bar.setPadding(new Insets(2, 4, 2, 4));
        return new BorderPane(list, bar, null, null, null);
    }

    static ListView<String> notes(ResultsViewModel model) {
        ListView<String> list = new ListView<>(model.notes());
        list.setPlaceholder(beforeAnyRun(model, "No notes."));
        list.setCellFactory(l -> wrapping(l, s -> s));
        return list;
    }

    /** A list cell whose text wraps to the list's width, since hints and notes are sentences. */
    private static <T> ListCell<T> wrapping(ListView<T> list, Function<T, String> text) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
        return cell;
    }

    private static String p(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
