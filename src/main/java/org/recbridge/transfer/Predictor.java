package org.recbridge.transfer;

import java.util.List;
import org.recbridge.eval.FactorSource;
import org.recbridge.eval.Factors;
import org.recbridge.task.Row;

/** Scores target (user, item) rows: P(like), or the predicted rating for the regression task. */
@FunctionalInterface
public interface Predictor extends FactorSource {
    double[] predict(List<Row> rows);

    /** Most predictors combine models in ways no matrix product gives: full ranking scores their rows. */
    @Override
    default Factors factors(List<String> users, List<String> items) {
        return null;
    }
}
