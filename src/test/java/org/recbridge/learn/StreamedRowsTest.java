package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.recbridge.features.EncodedRow;
import org.recbridge.features.Featurizer;
import org.recbridge.features.RowSet;
import org.recbridge.task.Row;
import org.recbridge.task.RowViews;
import org.recbridge.task.TaskKind;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.ProgressListener;

/** Rows a learner encodes as it reads them (sets of rows and their featurizers), as strategies pass large sources. */
class StreamedRowsTest {
    /** The user's and the item's id and a group match the like follows. */
    static final Featurizer FEATURES = (row, sink) -> {
        sink.flag("user=" + row.user());
        sink.flag("item=" + row.item());
        sink.flag("match=" + (row.user().length() % 2 == row.item().length() % 2));
    };

    static List<Row> rows(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Row> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            String user = "u".repeat(1 + r.nextInt(2)) + r.nextInt(300);
            String item = "i".repeat(1 + r.nextInt(2)) + r.nextInt(100);
            boolean like = (user.length() % 2 == item.length() % 2) ^ (r.nextDouble() < 0.1);
            out.add(new Row(user, item, like ? 1 : 0, Double.NaN, 1));
        }
        return out;
    }

    static SgdLearner learner() {
        return new SgdLearner(LearnerSettings.defaults(LearnerKind.LINEAR).withEpochs(3), TaskKind.CLASSIFICATION);
    }

    @Test
    void reweightedRowsReadFromAViewTrainTheModelOfTheSameRowsEncoded() {
        List<Row> rows = rows(3000, 1);
        double[] weights = new SplittableRandom(2).doubles(rows.size(), 0.1, 3).toArray();
        List<EncodedRow> validation = FEATURES.encodeAll(rows(300, 3));
        List<EncodedRow> encoded = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            encoded.add(FEATURES.encode(rows.get(i)).withWeight(weights[i]));
        }
        FittedModel fromEncoded = learner().fit(encoded, validation, 7, CancelToken.none(), ProgressListener.none());
        FittedModel fromView = learner().fitRows(List.of(new RowSet(FEATURES,
                        RowViews.of(rows.size(), i -> rows.get(i).withWeight(weights[i])))), validation, 7,
                CancelToken.none(), ProgressListener.none());
        List<EncodedRow> test = FEATURES.encodeAll(rows(500, 4));
        assertArrayEquals(fromEncoded.predict(test), fromView.predict(test), 0.0);
    }

    @Test
    void aCancelStopsTheEncodingOfTheTrainingRows() {
        CancelToken cancel = new CancelToken();
        AtomicInteger encoded = new AtomicInteger();
        Featurizer cancelling = (row, sink) -> {
            if (encoded.incrementAndGet() == 10_000) {
                cancel.cancel();
            }
            FEATURES.addFeatures(row, sink);
        };
        List<Row> rows = rows(60_000, 5);
        assertThrows(CancelledException.class, () -> learner().fitRows(List.of(new RowSet(cancelling, rows)),
                List.of(), 1, cancel, ProgressListener.none()));
        // checked every 8,192 rows: well before the end of a large set
        assertTrue(encoded.get() < 20_000, "rows encoded after the cancel: " + encoded.get());
    }

    @Test
    void aSetScoredInChunksScoresAsItsRowsEncodedAtOnce() {
        FittedModel model = learner().fitRows(List.of(new RowSet(FEATURES, rows(3000, 6))), List.of(), 1,
                CancelToken.none(), ProgressListener.none());
        List<Row> many = rows(120_001, 7); // three chunks, the last of one row
        assertArrayEquals(model.predict(FEATURES.encodeAll(many)), model.predict(new RowSet(FEATURES, many),
                CancelToken.none()), 0.0);
    }

    @Test
    void aCancelStopsTheScoringOfASetAtTheNextChunk() {
        FittedModel model = learner().fitRows(List.of(new RowSet(FEATURES, rows(3000, 6))), List.of(), 1,
                CancelToken.none(), ProgressListener.none());
        CancelToken cancel = new CancelToken();
        AtomicInteger encoded = new AtomicInteger();
        Featurizer cancelling = (row, sink) -> {
            encoded.incrementAndGet();
            cancel.cancel();
            FEATURES.addFeatures(row, sink);
        };
        assertThrows(CancelledException.class, () -> model.predict(new RowSet(cancelling, rows(120_001, 8)), cancel));
        assertEquals(50_000, encoded.get(), "only the first chunk is encoded");
    }
}
