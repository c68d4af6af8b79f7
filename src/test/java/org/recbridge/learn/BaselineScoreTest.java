package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recbridge.features.EncodedRow;
import org.recbridge.task.TaskKind;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.common.sgd.AbstractFMModel;
import org.tribuo.common.sgd.AbstractLinearSGDModel;
import org.tribuo.math.la.DenseMatrix;

/**
 * A row none of whose features the model knows is scored by the model's intercept alone, computed here from
 * Tribuo's own parameters: P(like) = softmax of the two output biases, or the rating bias.
 */
class BaselineScoreTest {
    /** 80% likes (ratings 4 to 5 vs 1 to 2) over 30 users x 20 items, so the base rate is far from 0.5. */
    private static List<EncodedRow> rows(int n, long seed, boolean ratings) {
        SplittableRandom r = new SplittableRandom(seed);
        List<EncodedRow> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            boolean like = r.nextDouble() < 0.8;
            double label = ratings ? (like ? 4 + r.nextInt(2) : 1 + r.nextInt(2)) : (like ? 1 : 0);
            out.add(new EncodedRow(new String[] {"user=" + r.nextInt(30), "item=" + r.nextInt(20)},
                    new double[] {1, 1}, label, 1));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(LearnerKind.class)
    void likesOfUnknownPairsAreTheBiasSoftmax(LearnerKind kind) {
        FittedModel m = fit(kind, TaskKind.CLASSIFICATION);
        double[] bias = biases(m.tribuoModel());
        int like = likeIndex(m.tribuoModel());
        double expected = Math.exp(bias[like]) / (Math.exp(bias[0]) + Math.exp(bias[1]));
        assertEquals(expected, m.baseline(), 1e-12);
        assertTrue(m.baseline() > 0.6, "the bias learnt the base rate of likes: " + m.baseline());
        assertUnknownRowsScoreTheBaseline(m);
    }

    @ParameterizedTest
    @EnumSource(LearnerKind.class)
    void ratingsOfUnknownPairsAreTheRatingBias(LearnerKind kind) {
        FittedModel m = fit(kind, TaskKind.REGRESSION);
        assertEquals(biases(m.tribuoModel())[0], m.baseline(), 1e-12);
        assertUnknownRowsScoreTheBaseline(m);
    }

    /** Unknown rows, rows with no features at all and known rows in one batch: each scored as if alone. */
    private static void assertUnknownRowsScoreTheBaseline(FittedModel m) {
        EncodedRow known = rows(1, 9, false).get(0);
        EncodedRow unknown = new EncodedRow(new String[] {"user=nobody", "item=nothing"}, new double[] {1, 1}, 0, 1);
        EncodedRow empty = new EncodedRow(new String[0], new double[0], 0, 1);
        double[] batch = m.predict(List.of(known, unknown, empty));
        assertArrayEquals(new double[] {m.predict(known), m.baseline(), m.baseline()}, batch, 0.0);
        assertTrue(Math.abs(batch[0] - batch[1]) > 1e-9, "a known row is scored by its features");
    }

    private static FittedModel fit(LearnerKind kind, TaskKind task) {
        boolean ratings = task.isRegression();
        return new SgdLearner(LearnerSettings.defaults(kind).withEpochs(5), task).fit(rows(600, 1, ratings),
                rows(100, 2, ratings), 1, CancelToken.none(), ProgressListener.none());
    }

    /** The per-output bias: the last column of a linear model's weights, or an FM's bias vector. */
    private static double[] biases(Model<?> model) {
        if (model instanceof AbstractFMModel<?> fm) {
            return fm.getBiasesCopy().toArray();
        }
        DenseMatrix w = ((AbstractLinearSGDModel<?>) model).getWeightsCopy();
        double[] out = new double[w.getDimension1Size()];
        for (int o = 0; o < out.length; o++) {
            out[o] = w.get(o, w.getDimension2Size() - 1);
        }
        return out;
    }

    private static <T extends Output<T>> int likeIndex(Model<T> model) {
        ImmutableOutputInfo<T> info = model.getOutputIDInfo();
        for (var pair : info) {
            if (pair.getB().getSerializableForm(false).equals("1")) {
                return pair.getA();
            }
        }
        throw new AssertionError("no like output");
    }
}
