package org.recbridge.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;

/** Hand-computed baseline numbers, leave-the-user-out, and shrinkage chosen on validation rows. */
class BaselineFeaturesTest {
    private static final double EPS = 1e-12;

    private static Row rated(String user, String item, double rating) {
        return new Row(user, item, rating >= 4 ? 1 : 0, rating, 1);
    }

    private static Map<String, Double> features(Featurizer f, Row row) {
        EncodedRow e = f.encode(row);
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < e.names().length; i++) {
            out.put(e.names()[i], e.values()[i]);
        }
        return out;
    }

    /** Three ratings of item a (5, 4, 2) and one of b (1): mu = 3, like rate 1/2. */
    private static final List<Row> TRAIN = List.of(rated("u1", "a", 5), rated("u2", "a", 4), rated("u3", "a", 2),
            rated("u1", "b", 1));

    @Test
    void aNewPairSeesEveryTrainingRowShrunkTowardsTheMean() {
        BaselineFeatures b = BaselineFeatures.fit(TRAIN, TaskKind.CLASSIFICATION, new BaselineFeatures.Shrinkage(1, 2));
        Map<String, Double> f = features(DomainFeaturizer.itemQuality(b), new Row("u9", "a", 1, 5, 1));
        // n = 3, sum 11, mu 3: (11 - 9) / (3 + 1)
        assertEquals(0.5, f.get(BaselineFeatures.ITEM_MEAN), EPS);
        // two likes of three, like rate 0.5: (2 - 1.5) / 4
        assertEquals(0.125, f.get(BaselineFeatures.ITEM_LIKE), EPS);
        assertEquals(Math.log1p(3), f.get(BaselineFeatures.ITEM_COUNT), EPS);
        assertFalse(f.containsKey(BaselineFeatures.USER_BIAS), "item quality alone reads nothing of the user");
    }

    @Test
    void theUsersBiasIsWhatIsLeftAfterTheItemsTheyChose() {
        BaselineFeatures b = BaselineFeatures.fit(TRAIN, TaskKind.CLASSIFICATION, new BaselineFeatures.Shrinkage(1, 2));
        // first-pass item biases: a (11 - 9) / 4 = 0.5, b (1 - 3) / 2 = -1
        // u1's residuals: (5 - 3 - 0.5) + (1 - 3 + 1) = 0.5, over 2 rows + 2: 0.125
        FeatureSink sink = new FeatureSink();
        b.addUserFeatures("x.", new Row("u1", "new", 0, Double.NaN, 1), false, sink);
        EncodedRow e = sink.toRow(0, 1);
        assertEquals("x.user_bias", e.names()[0]);
        assertEquals(0.125, e.values()[0], EPS);
        // like scale: mu 0.5, item like biases a (2 - 1.5) / 4 = 0.125, b (0 - 0.5) / 2 = -0.25;
        // u1: (1 - 0.5 - 0.125) + (0 - 0.5 + 0.25) = 0.125, over 4: 0.03125
        assertEquals("x.user_like_bias", e.names()[1]);
        assertEquals(0.03125, e.values()[1], EPS);
    }

    @Test
    void aTrainingRowsItemNumbersLeaveItsUserOut() {
        BaselineFeatures b = BaselineFeatures.fit(TRAIN, TaskKind.CLASSIFICATION, new BaselineFeatures.Shrinkage(1, 2));
        Map<String, Double> f = features(DomainFeaturizer.itemQuality(b), TRAIN.get(0));
        // a without u1: ratings 4 and 2, n = 2: (6 - 6) / 3 = 0; one like: (1 - 1) / 3 = 0
        assertEquals(0.0, f.getOrDefault(BaselineFeatures.ITEM_MEAN, 0.0), EPS);
        assertEquals(0.0, f.getOrDefault(BaselineFeatures.ITEM_LIKE, 0.0), EPS);
        assertEquals(Math.log1p(2), f.get(BaselineFeatures.ITEM_COUNT), EPS);
    }

    @Test
    void noTrainingRowsFeatureMovesWithItsOwnLabel() {
        SplittableRandom random = new SplittableRandom(7);
        List<Row> rows = new ArrayList<>();
        for (int u = 0; u < 40; u++) {
            for (int i = 0; i < 15; i++) {
                if (random.nextDouble() < 0.5) {
                    rows.add(rated("u" + u, "i" + i, 1 + random.nextInt(5)));
                }
            }
        }
        for (int k = 0; k < rows.size(); k += 17) {
            Row own = rows.get(k);
            List<Row> flipped = new ArrayList<>(rows);
            Row other = rated(own.user(), own.item(), own.rating() >= 4 ? 1 : 5);
            flipped.set(k, other);
            BaselineFeatures before = BaselineFeatures.fit(rows, TaskKind.CLASSIFICATION, BaselineFeatures.Shrinkage.DEFAULT);
            BaselineFeatures after = BaselineFeatures.fit(flipped, TaskKind.CLASSIFICATION, BaselineFeatures.Shrinkage.DEFAULT);
            Map<String, Double> a = features(DomainFeaturizer.itemQuality(before), own);
            Map<String, Double> z = features(DomainFeaturizer.itemQuality(after), other);
            for (String name : List.of(BaselineFeatures.ITEM_MEAN, BaselineFeatures.ITEM_LIKE, BaselineFeatures.ITEM_COUNT)) {
                // only the global mean sees the row: 1 / (rows) of the change, shrunk by n / (n + k)
                assertEquals(a.getOrDefault(name, 0.0), z.getOrDefault(name, 0.0), 4.0 / rows.size(), name + " of row " + k);
            }
            FeatureSink s1 = new FeatureSink();
            before.addUserFeatures("", own, true, s1);
            FeatureSink s2 = new FeatureSink();
            after.addUserFeatures("", other, true, s2);
            assertEquals(s1.toRow(0, 1).values()[0], s2.toRow(0, 1).values()[0], 0.01, "user bias of row " + k);
            // and the row's own rating does move it when the row is scored as a new pair (the control)
            FeatureSink n1 = new FeatureSink();
            before.addUserFeatures("", own, false, n1);
            FeatureSink n2 = new FeatureSink();
            after.addUserFeatures("", other, false, n2);
            assertTrue(Math.abs(n1.toRow(0, 1).values()[0] - n2.toRow(0, 1).values()[0]) > 0.05, "control, row " + k);
        }
    }

    @Test
    void aRowThatIsNoTrainingRowNeverReadsItsOwnRating() {
        BaselineFeatures b = BaselineFeatures.fit(TRAIN, TaskKind.CLASSIFICATION, BaselineFeatures.Shrinkage.DEFAULT);
        DomainFeaturizer f = DomainFeaturizer.of(null, null, null, b, DomainFeaturizer.Parts.ALL);
        assertEquals(features(f, new Row("u1", "c", 0, 1, 1)), features(f, new Row("u1", "c", 1, 5, 1)));
        assertEquals(features(f, new Row("u3", "b", 0, 1, 1)), features(f, new Row("u3", "b", 1, 5, 1)));
    }

    @Test
    void validationChoosesLittleShrinkageForReliableItemsAndMuchForNoise() {
        SplittableRandom random = new SplittableRandom(3);
        List<Row> train = new ArrayList<>();
        List<Row> validation = new ArrayList<>();
        List<Row> noisyTrain = new ArrayList<>();
        List<Row> noisyValidation = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            double quality = i % 2 == 0 ? 4.6 : 1.4;
            for (int u = 0; u < 30; u++) {
                double r = Math.max(1, Math.min(5, Math.round(quality + 0.3 * random.nextGaussian())));
                (u < 25 ? train : validation).add(rated("u" + u, "i" + i, r));
                double noise = 1 + random.nextInt(5);
                (u < 3 ? noisyTrain : noisyValidation).add(rated("u" + u, "i" + i, noise));
            }
        }
        BaselineFeatures reliable = BaselineFeatures.fit(train, validation, TaskKind.REGRESSION, null, null);
        BaselineFeatures noisy = BaselineFeatures.fit(noisyTrain, noisyValidation, TaskKind.REGRESSION, null, null);
        assertEquals(BaselineFeatures.SHRINKAGE_GRID[0], reliable.shrinkage().item());
        assertTrue(noisy.shrinkage().item() >= 20, "noise needs strong shrinkage, got " + noisy.shrinkage().item());
        BaselineFeatures given = BaselineFeatures.fit(train, validation, TaskKind.REGRESSION, 7.0, 3.0);
        assertEquals(new BaselineFeatures.Shrinkage(7, 3), given.shrinkage());
    }

    @Test
    void implicitDataGetsCountsOnly() {
        List<Row> rows = List.of(new Row("u1", "a", 1, Double.NaN, 1), new Row("u2", "a", 1, Double.NaN, 1),
                new Row("u2", "b", 0, Double.NaN, 1)); // a sampled negative counts for nothing
        BaselineFeatures b = BaselineFeatures.fit(rows, List.of(), TaskKind.IMPLICIT, null, null);
        Map<String, Double> f = features(DomainFeaturizer.itemQuality(b), new Row("u3", "a", 1, Double.NaN, 1));
        assertEquals(Map.of(BaselineFeatures.ITEM_COUNT, Math.log1p(2)), f);
        assertEquals(Map.of(), features(DomainFeaturizer.itemQuality(b), new Row("u3", "b", 1, Double.NaN, 1)));
        FeatureSink sink = new FeatureSink();
        b.addUserFeatures("", new Row("u2", "c", 1, Double.NaN, 1), true, sink);
        assertEquals(Math.log1p(1), sink.toRow(0, 1).values()[0], EPS);
    }

    @Test
    void savedSumsGiveTheSameNumbersForNewPairs() {
        BaselineFeatures b = BaselineFeatures.fit(TRAIN, TaskKind.CLASSIFICATION, new BaselineFeatures.Shrinkage(1, 2));
        BaselineFeatures back = BaselineFeatures.of(b.sums());
        Row fresh = new Row("u2", "b", 0, 1, 1);
        DomainFeaturizer withIds = DomainFeaturizer.of(null, null, null, b, DomainFeaturizer.Parts.ALL);
        DomainFeaturizer reread = DomainFeaturizer.of(null, null, null, back, DomainFeaturizer.Parts.ALL);
        assertEquals(features(withIds, fresh), features(reread, fresh));
        assertTrue(features(withIds, fresh).containsKey(BaselineFeatures.USER_BIAS));
    }
}
