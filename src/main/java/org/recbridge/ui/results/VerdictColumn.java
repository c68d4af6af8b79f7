package org.recbridge.ui.results;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.ui.common.Tables;

/**
 * The verdict column of the results and the comparisons tables: the words and the colour both come from the
 * comparison ({@link Comparison#verdictWords()}, {@link Comparison#standing()}), the rule the text tables, the HTML
 * report and the hints follow, so a difference below the minimum effect is never green.
 */
final class VerdictColumn {
    static final String PAYS_OFF = "verdict-better";
    static final String NEGATIVE = "verdict-worse";

    private VerdictColumn() {
    }

    /**
     * {@code words}: the cell's text; {@code comparison}: the row's comparison (null: none, no colour);
     * {@code help}: the tooltip for a text.
     */
    static <S> TableColumn<S, String> create(String help, Function<S, String> words,
                                             Function<S, Comparison> comparison, Function<String, String> tooltip) {
        TableColumn<S, String> column = Tables.column("verdict", help, words);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(PAYS_OFF, NEGATIVE);
                boolean blank = empty || item == null || item.isEmpty();
                setText(blank ? null : item);
                setTooltip(blank ? null : Tables.tooltip(tooltip.apply(item)));
                S row = blank || getTableRow() == null ? null : getTableRow().getItem();
                Comparison compared = row == null ? null : comparison.apply(row);
                if (compared != null && compared.standing() != Comparison.Standing.NEUTRAL) {
                    getStyleClass().add(compared.standing() == Comparison.Standing.PAYS_OFF ? PAYS_OFF : NEGATIVE);
                }
            }
        });
        return column;
    }
}
