package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.recbridge.features.EncodedRow;
import org.recbridge.features.Featurizer;
import org.recbridge.features.RowSet;
import org.recbridge.task.NegativeSampler;
import org.recbridge.task.RedrawnNegatives;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** A learner given rows that redraw their negatives trains each epoch on that epoch's draw. */
class RedrawnTrainingTest {
    /** 60 users; user u likes items u % 6 * 5 .. +4 (a planted taste), 30 items. */
    private static List<Row> positives() {
        List<Row> rows = new ArrayList<>();
        for (int u = 0; u < 60; u++) {
            for (int k = 0; k < 5; k++) {
                rows.add(new Row("u" + u, "i" + (u % 6 * 5 + k), 1, Double.NaN, 1));
            }
        }
        return rows;
    }

    private static NegativeSampler sampler(List<Row> positives) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add("i" + i);
        }
        Map<String, Set<String>> observed = new HashMap<>();
        positives.forEach(r -> observed.computeIfAbsent(r.user(), u -> new HashSet<>()).add(r.item()));
        return new NegativeSampler(items, observed);
    }

    @Test
    void everyEpochAfterTheFirstTrainsOnFreshNegativesAndTheFitIsReproducible() {
        List<Row> positives = positives();
        RedrawnNegatives rows = RedrawnNegatives.of(positives, sampler(positives), 2, 5);
        Set<String> negativesSeen = new HashSet<>();
        AtomicInteger encoded = new AtomicInteger();
        Featurizer recording = (row, sink) -> {
            encoded.incrementAndGet();
            if (!row.positive()) {
                negativesSeen.add(row.user() + "/" + row.item());
            }
            sink.flag("user=" + row.user());
            sink.flag("item=" + row.item());
        };
        LearnerSettings settings = LearnerSettings.defaults(LearnerKind.FM).withEpochs(20).withLearningRate(0.1);
        SgdLearner learner = new SgdLearner(settings, TaskKind.IMPLICIT);
        FittedModel fit = learner.fitRows(List.of(new RowSet(recording, rows)), List.of(), 3, CancelToken.none(),
                ProgressListener.none());
        assertEquals(20, fit.curve().points().size());
        // 900 rows an epoch, encoded for each of the 20 epochs
        assertTrue(encoded.get() >= 20 * 900, encoded.get() + " rows encoded");
        Set<String> firstDraw = new HashSet<>();
        rows.forEpoch(1).stream().filter(r -> !r.positive()).forEach(r -> firstDraw.add(r.user() + "/" + r.item()));
        assertTrue(negativesSeen.size() > firstDraw.size() * 2, negativesSeen.size() + " distinct negatives trained on, "
                + firstDraw.size() + " in one draw");
        // the planted taste is learnt: for each user, its group's items score above the next group's
        List<EncodedRow> probe = new ArrayList<>();
        for (int u = 0; u < 60; u++) {
            probe.add(recording.encode(new Row("u" + u, "i" + (u % 6 * 5), 1, Double.NaN, 1)));
            probe.add(recording.encode(new Row("u" + u, "i" + ((u + 1) % 6 * 5), 0, Double.NaN, 1)));
        }
        double[] scores = fit.predict(probe);
        int right = 0;
        for (int u = 0; u < 60; u++) {
            right += scores[2 * u] > scores[2 * u + 1] ? 1 : 0;
        }
        assertTrue(right >= 54, right + " of 60 users rank their own group's item first");
        FittedModel again = learner.fitRows(List.of(new RowSet(recording, rows)), List.of(), 3, CancelToken.none(),
                ProgressListener.none());
        assertArrayEquals(scores, again.predict(probe), "the same seed, the same draws, the same model");
    }
}
