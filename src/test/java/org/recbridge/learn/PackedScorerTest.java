package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.recbridge.features.EncodedRow;
import org.recbridge.task.TaskKind;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * The packed scores are Tribuo's own predictions to the last bit, for linear and fm models of likes and of
 * ratings, on rows with unknown features, zero values, no known feature, a repeated feature, and as many
 * features as the model knows (the last two left to Tribuo).
 */
class PackedScorerTest {
    private static List<EncodedRow> training(Random random, boolean ratings) {
        List<EncodedRow> rows = new ArrayList<>();
        for (int r = 0; r < 1500; r++) {
            int user = random.nextInt(60);
            int item = random.nextInt(40);
            double x = random.nextGaussian();
            double signal = (user % 3) - (item % 4) * 0.7 + x;
            double label = ratings ? Math.max(1, Math.min(5, 3 + signal)) : (signal + random.nextGaussian() > 0 ? 1 : 0);
            rows.add(new EncodedRow(new String[] {"user=" + user, "item=" + item, "x"}, new double[] {1, 1, x}, label, 1));
        }
        return rows;
    }

    private static List<EncodedRow> probes(Random random, int features) {
        List<EncodedRow> rows = new ArrayList<>();
        // names as featurizers give them, one string per name (the scorer remembers ids by the string at a place),
        // and as fresh strings
        String[] users = new String[80];
        String[] items = new String[60];
        for (int k = 0; k < users.length; k++) {
            users[k] = "user=" + k;
        }
        for (int k = 0; k < items.length; k++) {
            items[k] = "item=" + k;
        }
        for (int r = 0; r < 400; r++) {
            List<String> names = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            int n = random.nextInt(5);
            boolean shared = r % 3 != 0;
            for (int f = 0; f < n; f++) {
                // users and items up to 80 and 60: some the model never saw
                int user = random.nextInt(8 * (1 + r % 10)); // runs of rows that repeat a few names
                int item = random.nextInt(60);
                names.add(random.nextBoolean() ? (shared ? users[user] : "user=" + user)
                        : (shared ? items[item] : "item=" + item));
                values.add(random.nextInt(4) == 0 ? 0.0 : random.nextGaussian() * 3);
            }
            if (random.nextBoolean()) {
                names.add("x");
                values.add(random.nextGaussian());
            }
            if (names.stream().distinct().count() < names.size()) {
                continue; // repeated features are checked on their own below
            }
            rows.add(new EncodedRow(names.toArray(new String[0]), values.stream().mapToDouble(Double::doubleValue).toArray(),
                    0, 1));
        }
        rows.add(new EncodedRow(new String[] {"user=70"}, new double[] {1}, 0, 1)); // nothing known
        rows.add(new EncodedRow(new String[0], new double[0], 0, 1));
        rows.add(new EncodedRow(new String[] {"user=1", "user=1"}, new double[] {1, 2}, 0, 1));
        String[] all = new String[features];
        for (int f = 0; f < features; f++) {
            all[f] = "unknown" + f;
        }
        all[0] = "x";
        rows.add(new EncodedRow(all, new double[features], 0, 1)); // Tribuo scores this one as a dense vector
        return rows;
    }

    private static void sameAsTribuo(LearnerKind kind, TaskKind task) {
        Random random = new Random(kind.ordinal() * 10 + task.ordinal());
        boolean ratings = task.isRegression();
        List<EncodedRow> train = training(random, ratings);
        FittedModel model = new SgdLearner(LearnerSettings.defaults(kind).withEpochs(3), task)
                .fit(train, train.subList(0, 200), 1, CancelToken.none(), ProgressListener.none());
        assertNotNull(model.parameters());
        OutputAdapter<?> outputs = ratings ? OutputAdapter.RATINGS : OutputAdapter.LABELS;
        assertNotNull(PackedScorer.of(model.parameters(), outputs), "a model of ours is scored packed");
        List<EncodedRow> rows = probes(random, model.tribuoModel().getFeatureIDMap().size());
        @SuppressWarnings({"unchecked", "rawtypes"})
        double[] tribuo = new FittedModel.Scorer(model.tribuoModel(), outputs, null).scores(rows);
        double[] packed = model.predict(rows);
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(Double.doubleToRawLongBits(tribuo[r]), Double.doubleToRawLongBits(packed[r]),
                    kind + " " + task + ", row " + r + " " + List.of(rows.get(r).names()) + ": " + tribuo[r] + " vs " + packed[r]);
        }
        assertTrue(rows.size() > 300);
    }

    @Test
    void linearLikes() {
        sameAsTribuo(LearnerKind.LINEAR, TaskKind.CLASSIFICATION);
    }

    @Test
    void fmLikes() {
        sameAsTribuo(LearnerKind.FM, TaskKind.CLASSIFICATION);
    }

    @Test
    void linearRatings() {
        sameAsTribuo(LearnerKind.LINEAR, TaskKind.REGRESSION);
    }

    @Test
    void fmRatings() {
        sameAsTribuo(LearnerKind.FM, TaskKind.REGRESSION);
    }
}
