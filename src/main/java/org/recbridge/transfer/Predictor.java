package org.recbridge.transfer;

import java.util.List;
import org.recbridge.task.Row;

/** Scores target (user, item) rows: P(like), or the predicted rating for the regression task. */
@FunctionalInterface
public interface Predictor {
    double[] predict(List<Row> rows);
}
