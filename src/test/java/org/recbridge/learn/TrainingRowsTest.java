package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recbridge.features.EncodedRow;
import org.tribuo.classification.Label;
import org.tribuo.math.optimisers.AdaGrad;

/** The packed blocks give back every row as it went in: weight, target, and features sorted by feature id. */
class TrainingRowsTest {
    private static List<EncodedRow> randomRows(Random random, int count, boolean ratings) {
        return randomRows(random, count, ratings, 0, 8); // odd and even counts, and empty rows
    }

    private static List<EncodedRow> randomRows(Random random, int count, boolean ratings, int minFeatures,
                                               int maxFeatures) {
        List<EncodedRow> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            int n = minFeatures + random.nextInt(maxFeatures - minFeatures + 1);
            Set<String> names = new HashSet<>();
            while (names.size() < n) {
                names.add("f" + random.nextInt(400));
            }
            String[] nameArray = names.toArray(new String[0]);
            double[] values = new double[n];
            for (int f = 0; f < n; f++) {
                values[f] = random.nextBoolean() ? 1.0 : random.nextGaussian() * 1e3;
            }
            double label = ratings ? 1 + random.nextInt(5) : random.nextInt(2);
            rows.add(new EncodedRow(nameArray, values, label, 0.25 + random.nextDouble() * 3));
        }
        return rows;
    }

    /** Each row's (feature id, value) pairs, in id order, as the encoded row names them. */
    private static void assertSameRow(EncodedRow expected, TrainingRows<?, ?> rows, int handle, boolean bias) {
        PackedRow packed = new PackedRow();
        rows.fill(handle, packed);
        int n = expected.names().length;
        long[][] pairs = new long[n][];
        for (int f = 0; f < n; f++) {
            pairs[f] = new long[] {rows.featureMap().getID(expected.names()[f]), Double.doubleToRawLongBits(expected.values()[f])};
        }
        Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
        assertEquals(n + (bias ? 1 : 0), packed.size);
        for (int f = 0; f < n; f++) {
            assertEquals(pairs[f][0], packed.ids[f]);
            assertEquals(pairs[f][1], Double.doubleToRawLongBits(packed.values[f]));
        }
        if (bias) {
            assertEquals(rows.featureMap().size(), packed.ids[n]);
            assertEquals(1.0, packed.values[n]);
        }
        assertEquals((float) expected.weight(), rows.weight(handle), 0.0, "weights are kept as Tribuo keeps them");
    }

    @Test
    void everyClassificationRowComesBackWithItsLabelWeightAndFeatures() {
        List<EncodedRow> input = randomRows(new Random(3), 3000, false);
        LogisticTrainer hooks = new LogisticTrainer(new AdaGrad(0.1, 1e-6), 1);
        TrainingRows<Label, Integer> rows = TrainingRows.of(input, OutputAdapter.LABELS, hooks, null);
        assertEquals(input.size(), rows.size());
        int[] handles = rows.handles();
        for (int r = 0; r < input.size(); r++) {
            assertSameRow(input.get(r), rows, handles[r], hooks.addsBias());
            String expectedLabel = OutputAdapter.LABELS.output(input.get(r).label()).getLabel();
            assertEquals(rows.outputInfo().getID(new Label(expectedLabel)), (int) rows.target(handles[r]));
        }
    }

    @Test
    void regressionRowsKeepTheirRatings() {
        List<EncodedRow> input = randomRows(new Random(4), 1000, true);
        LinearRegressionTrainer hooks = new LinearRegressionTrainer(new AdaGrad(0.1, 1e-6), 1);
        var rows = TrainingRows.of(input, OutputAdapter.RATINGS, hooks, null);
        int[] handles = rows.handles();
        for (int r = 0; r < input.size(); r++) {
            assertSameRow(input.get(r), rows, handles[r], hooks.addsBias());
            assertArrayEquals(new double[] {input.get(r).label()}, rows.target(handles[r]).toArray());
        }
    }

    /**
     * The blocks are sized from the first rows' mean size: rows after them that are wider make the blocks grow,
     * narrower ones leave room that is trimmed; either way every row comes back.
     */
    @Test
    void rowsWiderOrNarrowerThanTheFirstOnesComeBackWhole() {
        Random random = new Random(5);
        for (boolean widerLater : new boolean[] {true, false}) {
            List<EncodedRow> input = randomRows(random, 4096, false, widerLater ? 0 : 10, widerLater ? 2 : 16);
            input.addAll(randomRows(random, 6000, false, widerLater ? 10 : 0, widerLater ? 16 : 2));
            LogisticTrainer hooks = new LogisticTrainer(new AdaGrad(0.1, 1e-6), 1);
            TrainingRows<Label, Integer> rows = TrainingRows.of(input, OutputAdapter.LABELS, hooks, null);
            int[] handles = rows.handles();
            for (int r = 0; r < input.size(); r++) {
                assertSameRow(input.get(r), rows, handles[r], hooks.addsBias());
            }
        }
    }
}
