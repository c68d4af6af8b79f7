package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbridge.features.Featurizer;
import org.recbridge.features.RowSet;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

class TrAdaBoostTest {
    /** A row's features: its item and, kept in the user field, the item's genre. */
    static final Featurizer FEATURES = (row, sink) -> {
        sink.flag(row.item());
        sink.flag(row.user());
    };

    /** Likes follow the genre; the source has 20% of its labels flipped, the rows a good model gets wrong. */
    static List<Row> rows(int n, double flip, SplittableRandom r) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean comedy = r.nextBoolean();
            boolean like = comedy ^ (r.nextDouble() < flip);
            out.add(new Row("genre=" + (comedy ? "comedy" : "drama"), "item=" + r.nextInt(20), like ? 1 : 0,
                    Double.NaN, 1));
        }
        return out;
    }

    @Test
    void afterARoundMisclassifiedSourceRowsWeighLessAndMisclassifiedTargetRowsMore() {
        SplittableRandom r = new SplittableRandom(5);
        List<Row> source = rows(400, 0.2, r);
        List<Row> target = rows(100, 0.1, r);
        List<Row> pooled = new ArrayList<>(source);
        pooled.addAll(target);
        BoostWeights weights = new BoostWeights(source.size(), target.size(), 5);
        SgdLearner learner = new SgdLearner(LearnerSettings.defaults(LearnerKind.LINEAR), TaskKind.CLASSIFICATION);
        RowSet pooledSet = new RowSet(FEATURES, pooled);
        TrAdaBoost.Round round = TrAdaBoost.round(List.of(pooledSet), weights, learner,
                FEATURES.encodeAll(rows(100, 0, r)), new RunContext(1, CancelToken.none(), ProgressListener.none()));
        double[] p = round.model().predict(pooledSet, CancelToken.none());
        double[] wrong = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}; // source max, target min
        double[] right = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}; // source min, target max
        int wrongSource = 0;
        for (int i = 0; i < pooled.size(); i++) {
            boolean isWrong = Math.abs(p[i] - pooled.get(i).label()) > 0.5;
            double w = weights.weight(i);
            if (i < source.size()) {
                wrongSource += isWrong ? 1 : 0;
                wrong[0] = isWrong ? Math.max(wrong[0], w) : wrong[0];
                right[0] = isWrong ? right[0] : Math.min(right[0], w);
            } else {
                wrong[1] = isWrong ? Math.min(wrong[1], w) : wrong[1];
                right[1] = isWrong ? right[1] : Math.max(right[1], w);
            }
        }
        assertTrue(wrongSource > 40, "the flipped source rows should be misclassified, got " + wrongSource);
        assertTrue(wrong[0] < right[0], "source: heaviest wrong " + wrong[0] + " vs lightest right " + right[0]);
        assertTrue(right[0] < 1.0, "every source row's weight shrinks by its soft error");
        assertTrue(wrong[1] > right[1], "target: lightest wrong " + wrong[1] + " vs heaviest right " + right[1]);
        assertTrue(round.beta() > 0 && round.beta() < 1, "beta_t " + round.beta());
    }

    @Test
    void sourceBetaFollowsThePaper() {
        BoostWeights w = new BoostWeights(100, 10, 5);
        assertEquals(1 / (1 + Math.sqrt(2 * Math.log(100) / 5)), w.betaSource(), 1e-12);
    }

    @Test
    void refusesTheRatingTaskByName() {
        TransferProblem ratings = new TransferProblem(List.of(), null, null, null,
                new TaskSettings(TaskKind.REGRESSION, 4.0, 4));
        org.recbridge.learn.SgdLearner learner = new org.recbridge.learn.SgdLearner(
                org.recbridge.learn.LearnerSettings.defaults(org.recbridge.learn.LearnerKind.LINEAR), TaskKind.REGRESSION);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TrAdaBoost().train(
                ratings, learner, new RunContext(1, CancelToken.none(), ProgressListener.none())));
        assertEquals(e.getMessage(), new TrAdaBoost().unsupported(org.recbridge.learn.LearnerKind.FM, TaskKind.REGRESSION));
        assertTrue(e.getMessage().contains("tradaboost") && e.getMessage().contains("regression"), e.getMessage());
    }
}
