package org.recbridge.ui.results;

import java.util.Comparator;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.recbridge.experiment.SummaryRow;
import org.recbridge.ui.common.Help;
import org.recbridge.ui.common.Tables;

/**
 * The sortable results table: strategy, learner, users, one column per metric (sorted by the mean, shown as
 * mean ± interval), the verdict against the baseline and the negative-transfer flag.
 */
final class ResultsTableView {
    private static final String NEGATIVE_FLAG = "⚠ yes";
    private final TableView<ResultRow> table = new TableView<>();
    private final SortedList<ResultRow> sorted;

    ResultsTableView(ResultsViewModel model) {
        sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("results-table");
        // columns fit their headers and values ("0.7068 ± 0.0242"); a wide table scrolls rather than cutting them
        Tables.fitToContent(table);
        table.setPlaceholder(new Label("No results yet: run the project (Ctrl+R), or open a project that was run."));
        rebuildColumns(model.metrics());
        model.metrics().addListener((ListChangeListener<String>) c -> rebuildColumns(model.metrics()));
    }

    private void rebuildColumns(List<String> metrics) {
        TableColumn<ResultRow, String> strategy = Tables.column("strategy", "The transfer strategy; hover a name "
                + "for what it does, when it helps and when it hurts.", ResultRow::strategy);
        Tables.cells(strategy, s -> s, Help::strategy);
        TableColumn<ResultRow, String> learner = Tables.column("learner", "linear: logistic or linear regression; "
                + "fm: factorization machine (learns user and item factors).", ResultRow::learner);
        TableColumn<ResultRow, String> users = Tables.column("users", Help.USER_GROUPS, ResultRow::group);
        table.getColumns().setAll(List.of(strategy, learner, users));
        // every metric is in the chart's choice and in results.json; the table shows those of MetricNames.shown
        for (String m : org.recbridge.eval.MetricNames.shown(metrics)) {
            TableColumn<ResultRow, SummaryRow> c = Tables.column(m, Help.metric(m), r -> r.metrics().get(m));
            Tables.cellText(c, r -> r.cell(m));
            c.setComparator(Comparator.nullsLast(Comparator.comparingDouble(SummaryRow::mean)));
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(SummaryRow item, boolean empty) {
                    super.updateItem(item, empty);
                    ResultRow row = empty ? null : getTableRow().getItem();
                    setText(row == null ? null : row.cell(m));
                }
            });
            table.getColumns().add(c);
        }
        TableColumn<ResultRow, String> verdict = VerdictColumn.create("Against the baseline on the main metric, "
                + "paired by seed; hover a verdict for what it means.", ResultRow::verdict, ResultRow::comparison,
                Help::verdict);
        TableColumn<ResultRow, Boolean> negative = Tables.column("negative transfer", Help.NEGATIVE_TRANSFER,
                ResultRow::negativeTransfer);
        Tables.cellText(negative, r -> r.negativeTransfer() ? NEGATIVE_FLAG : "");
        negative.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                boolean flagged = !empty && Boolean.TRUE.equals(item);
                setText(flagged ? NEGATIVE_FLAG : null);
                setTooltip(flagged ? Tables.tooltip(Help.NEGATIVE_TRANSFER) : null);
                getStyleClass().remove("negative-transfer");
                if (flagged) {
                    getStyleClass().add("negative-transfer");
                }
            }
        });
        table.getColumns().addAll(List.of(verdict, negative));
    }

    TableView<ResultRow> table() {
        return table;
    }

    /** The rows as the user sees them: filtered and in the table's sort order. */
    List<ResultRow> visibleRows() {
        return List.copyOf(sorted);
    }
}
