package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbridge.eval.Factors;
import org.recbridge.features.Featurizer;
import org.recbridge.features.RowSet;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** A model's scores as a matrix product, for full ranking: the same as its own, or none at all. */
class WeightedModelsFactorsTest {
    /**
     * Ids and a side feature of each, as a side table gives them (none for an id it lacks): every feature
     * belongs to the user or to the item.
     */
    static final Featurizer SEPARABLE = (row, sink) -> {
        sink.flag("user=" + row.user());
        sink.flag("item=" + row.item());
        if (row.user().startsWith("u")) {
            sink.add("u.len", row.user().length());
        }
        if (row.item().startsWith("i")) {
            sink.flag("i.group=" + row.item().length() % 2);
        }
    };
    /** Plus a feature of the pair, which no sum of a user's and an item's part gives. */
    static final Featurizer PAIRED = SEPARABLE.and((row, sink) ->
            sink.flag("match=" + (row.user().length() % 2 == row.item().length() % 2)));

    static List<Row> rows(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Row> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            String user = "u".repeat(1 + r.nextInt(2)) + r.nextInt(60);
            String item = "i".repeat(1 + r.nextInt(2)) + r.nextInt(40);
            boolean like = (user.length() % 2 == item.length() % 2) ^ (r.nextDouble() < 0.1);
            out.add(new Row(user, item, like ? 1 : 0, like ? 5 : 2, 1));
        }
        return out;
    }

    static FittedModel fit(LearnerKind kind, TaskKind task, Featurizer features) {
        SgdLearner learner = new SgdLearner(LearnerSettings.defaults(kind).withEpochs(3), task);
        List<Row> rows = rows(2000, 1);
        if (task.isRegression()) {
            rows = rows.stream().map(r -> new Row(r.user(), r.item(), r.rating(), r.rating(), 1)).toList();
        }
        return learner.fitRows(List.of(new RowSet(features, rows)), features.encodeAll(rows.subList(0, 200)), 3,
                CancelToken.none(), ProgressListener.none());
    }

    @Test
    void factorsOfLinearAndFmModelsGiveTheirOwnScores() {
        List<String> users = List.of("u1", "uu2", "u3", "unknown");
        List<String> items = List.of("i1", "ii2", "i7", "never-seen");
        for (LearnerKind kind : List.of(LearnerKind.LINEAR, LearnerKind.FM)) {
            for (TaskKind task : List.of(TaskKind.CLASSIFICATION, TaskKind.REGRESSION)) {
                WeightedModels predictor = WeightedModels.single(fit(kind, task, SEPARABLE), SEPARABLE);
                Factors factors = predictor.factors(users, items);
                assertNotNull(factors, kind + " " + task);
                for (int u = 0; u < users.size(); u++) {
                    for (int i = 0; i < items.size(); i++) {
                        double own = predictor.predict(List.of(new Row(users.get(u), items.get(i), 0, Double.NaN, 1)))[0];
                        double s = factors.score(u, i);
                        assertEquals(own, task.isRegression() ? s : 1 / (1 + Math.exp(-s)), 1e-9, kind + " " + task);
                    }
                }
            }
        }
    }

    @Test
    void aFeatureOfThePairLeavesNoFactors() {
        WeightedModels predictor = WeightedModels.single(fit(LearnerKind.FM, TaskKind.CLASSIFICATION, PAIRED), PAIRED);
        assertNull(predictor.factors(List.of("u1", "uu2"), List.of("i1", "ii2")));
    }
}
