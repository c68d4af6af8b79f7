package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbridge.eval.ClassificationMetrics;
import org.recbridge.features.EncodedRow;
import org.recbridge.features.Featurizer;
import org.recbridge.features.RowSet;
import org.recbridge.task.NegativeSampler;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * The fm learner with the BPR loss on a planted preference: 120 users in 6 taste groups, each group's users
 * observe 4 of its 5 items (the fifth held out); every item is observed equally often overall, so only the
 * user-item factors can tell a user's group's items from the rest.
 */
class BprLossTest {
    private static final int USERS = 120;
    private static final int ITEMS = 30;
    private static final Featurizer IDS = (row, sink) -> {
        sink.flag("user=" + row.user());
        sink.flag("item=" + row.item());
    };

    private static int group(int u) {
        return u % 6;
    }

    /** The held-out item of user u: one of its group's five, the one its observed four leave out. */
    private static int heldOut(int u) {
        return group(u) * 5 + u / 6 % 5;
    }

    private static List<Row> observed() {
        List<Row> rows = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            for (int k = 0; k < 5; k++) {
                int item = group(u) * 5 + k;
                if (item != heldOut(u)) {
                    rows.add(new Row("u" + u, "i" + item, 1, Double.NaN, 1));
                }
            }
        }
        return rows;
    }

    private static List<Row> withNegatives(List<Row> observed, long seed) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add("i" + i);
        }
        Map<String, Set<String>> seen = new HashMap<>();
        observed.forEach(r -> seen.computeIfAbsent(r.user(), u -> new HashSet<>()).add(r.item()));
        return new NegativeSampler(items, seen).withNegatives(observed, 3, new SplittableRandom(seed));
    }

    /** Per user, the held-out item against the other groups' 25 items: the mean AUC over users. */
    private static double heldOutAuc(FittedModel model) {
        double sum = 0;
        for (int u = 0; u < USERS; u++) {
            List<EncodedRow> rows = new ArrayList<>();
            boolean[] liked = new boolean[26];
            rows.add(IDS.encode(new Row("u" + u, "i" + heldOut(u), 1, Double.NaN, 1)));
            liked[0] = true;
            for (int i = 0; i < ITEMS; i++) {
                if (i / 5 != group(u)) {
                    rows.add(IDS.encode(new Row("u" + u, "i" + i, 0, Double.NaN, 1)));
                }
            }
            sum += ClassificationMetrics.auc(model.predict(rows), liked);
        }
        return sum / USERS;
    }

    private static FittedModel fit(LearnerSettings settings, List<Row> rows) {
        return new SgdLearner(settings, TaskKind.IMPLICIT).fitRows(List.of(new RowSet(IDS, rows)), List.of(), 7,
                CancelToken.none(), ProgressListener.none());
    }

    @Test
    void bprRanksEachUsersHeldOutItemAboveTheOtherGroupsItems() {
        List<Row> rows = withNegatives(observed(), 1);
        LearnerSettings bpr = LearnerSettings.defaults(LearnerKind.FM).withBpr(true).withEpochs(40)
                .withLearningRate(0.1);
        FittedModel model = fit(bpr, rows);
        double auc = heldOutAuc(model);
        assertTrue(auc > 0.95, "held-out items ranked by BPR: mean AUC " + auc);
        // the curve's loss is BPR's, -ln sigma(d): ln 2 for a model that cannot tell the pair apart, falling
        List<EpochPoint> points = model.curve().points();
        assertTrue(points.get(0).trainLoss() < Math.log(2) + 1e-9, "first epoch " + points.get(0).trainLoss());
        assertTrue(points.get(points.size() - 1).trainLoss() < points.get(0).trainLoss() / 2,
                "last epoch " + points.get(points.size() - 1).trainLoss());
    }

    @Test
    void bprIsForTheFmLearnerOnTheImplicitTask() {
        assertEquals("fm bpr", LearnerSettings.defaults(LearnerKind.FM).withBpr(true).label());
        IllegalArgumentException linear = assertThrows(IllegalArgumentException.class,
                () -> LearnerSettings.defaults(LearnerKind.LINEAR).withBpr(true));
        assertEquals("loss bpr is for the fm learner (it ranks by factors), not linear", linear.getMessage());
        List<Row> rows = withNegatives(observed(), 1);
        IllegalArgumentException likes = assertThrows(IllegalArgumentException.class, () -> new SgdLearner(
                LearnerSettings.defaults(LearnerKind.FM).withBpr(true), TaskKind.CLASSIFICATION)
                .fitRows(List.of(new RowSet(IDS, rows)), List.of(), 1, CancelToken.none(), ProgressListener.none()));
        assertEquals("loss bpr needs the implicit task, not classification", likes.getMessage());
    }
}
