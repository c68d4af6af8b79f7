package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbridge.features.Featurizer;
import org.recbridge.features.RowSet;
import org.recbridge.task.Row;
import org.recbridge.util.CancelToken;

class DomainWeightsTest {
    /** A row's features: its item, then the side features kept in the user field. */
    static final Featurizer FEATURES = (row, sink) -> {
        sink.flag(row.item());
        for (String side : row.user().split(" ")) {
            sink.flag(side);
        }
    };

    static Row row(String item, String age, String genre) {
        return new Row(age + " " + genre, item, 1.0, Double.NaN, 1.0);
    }

    /**
     * Target users are mostly young comedy readers. The first half of the source shares those side-feature
     * values, the second half (old, drama) does not; item ids are domain-specific in both halves.
     */
    @Test
    void sourceRowsThatLookLikeTheTargetGetClearlyLargerWeights() {
        SplittableRandom r = new SplittableRandom(3);
        List<Row> target = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            target.add(row("item=b" + r.nextInt(50), r.nextDouble() < 0.9 ? "u.age=young" : "u.age=old",
                    r.nextDouble() < 0.9 ? "i.genre=comedy" : "i.genre=drama"));
        }
        List<Row> source = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            boolean like = i < 300;
            source.add(row("item=m" + r.nextInt(80), like ? "u.age=young" : "u.age=old",
                    like ? "i.genre=comedy" : "i.genre=drama"));
        }
        double[] w = DomainWeights.of(List.of(new RowSet(FEATURES, source)), new RowSet(FEATURES, target), 0.1, 10, 1,
                CancelToken.none());
        double alike = mean(w, 0, 300);
        double unlike = mean(w, 300, 600);
        System.out.printf("mean weight: target-like %.3f, unlike %.3f%n", alike, unlike);
        assertTrue(alike > 3 * unlike, "target-like " + alike + " vs unlike " + unlike);
        for (double x : w) {
            assertTrue(x >= 0.1 && x <= 10, "weight out of the clip range: " + x);
        }
    }

    private static double mean(double[] w, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += w[i];
        }
        return s / (to - from);
    }
}
