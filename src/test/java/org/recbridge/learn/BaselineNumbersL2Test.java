package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recbridge.features.BaselineFeatures;
import org.recbridge.features.EncodedRow;
import org.recbridge.task.TaskKind;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableFeatureMap;
import org.tribuo.common.sgd.FMParameters;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * A baseline number that every row carries must keep the weight its data give it however long training runs:
 * with the per-step decay of the ids, AdaGrad's shrinking steps lost to the decay more each epoch and the number's
 * weight went to zero while the item ids took over, so a model read nothing of it for an item it had no id for
 * (a cold start).
 */
class BaselineNumbersL2Test {
    private static final double SLOPE = 2.0;

    /**
     * Likes with log-odds {@code SLOPE} x the item's quality; each row carries the user and item ids and the quality
     * as {@link BaselineFeatures#ITEM_MEAN}, noisy as a leave-the-user-out mean is, so the item's id says it better on
     * training rows.
     */
    private static List<EncodedRow> rows(int n, int firstItem, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] quality = new double[100];
        SplittableRandom q = new SplittableRandom(firstItem);
        for (int i = 0; i < quality.length; i++) {
            quality[i] = q.nextGaussian();
        }
        List<EncodedRow> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int u = r.nextInt(300);
            int i = r.nextInt(quality.length);
            boolean like = r.nextDouble() < 1 / (1 + Math.exp(-SLOPE * quality[i]));
            out.add(new EncodedRow(new String[] {"user=" + u, "item=" + (firstItem + i), BaselineFeatures.ITEM_MEAN},
                    new double[] {1, 1, quality[i] + 0.3 * r.nextGaussian()}, like ? 1 : 0, 1));
        }
        return out;
    }

    /** The model's log-odds of a like per unit of the quality, read off a row with no id it knows. */
    private static double qualityWeight(FittedModel m) {
        EncodedRow zero = new EncodedRow(new String[] {BaselineFeatures.ITEM_MEAN}, new double[] {0}, 0, 1);
        EncodedRow one = new EncodedRow(new String[] {BaselineFeatures.ITEM_MEAN}, new double[] {1}, 0, 1);
        return logit(m.predict(one)) - logit(m.predict(zero));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    @ParameterizedTest
    @EnumSource(LearnerKind.class)
    void aBaselineNumbersWeightDoesNotFadeAsEpochsGoOn(LearnerKind kind) {
        List<EncodedRow> train = rows(6000, 0, 1);
        List<EncodedRow> newItems = rows(3000, 1000, 2);
        // no validation rows: every epoch is kept, the last one is the model. With the ids' decay the weight was
        // 0.99 (linear) and 0.90 (fm) after 2 epochs, 0.25 and 0.20 after 20, and new items' AUC 0.66 and 0.73
        FittedModel m = fit(kind, 20, train);
        double weight = qualityWeight(m);
        assertTrue(weight > 0.5, kind + " after 20 epochs " + weight);
        double auc = SgdLearnerTest.auc(m, newItems);
        assertTrue(auc > 0.78, kind + ": items it has no id for, AUC " + auc);
    }

    private static FittedModel fit(LearnerKind kind, int epochs, List<EncodedRow> train) {
        LearnerSettings s = LearnerSettings.defaults(kind).withEpochs(epochs);
        return new SgdLearner(s, TaskKind.CLASSIFICATION).fit(train, List.of(), 1, CancelToken.none(),
                ProgressListener.none());
    }

    @Test
    void theBaselineNumbersAreFoundByNameUnderAnyPrefixButNotTheNewUserFlagOrAnId() {
        MutableFeatureMap m = new MutableFeatureMap();
        for (String name : List.of("user=u1", BaselineFeatures.ITEM_COUNT, "movies." + BaselineFeatures.USER_BIAS,
                BaselineFeatures.USER_NEW, "item=base.item_mean.x")) {
            m.add(name, 1.0);
        }
        ImmutableFeatureMap features = new ImmutableFeatureMap(m);
        boolean[] numbers = EpochLoop.baselineNumbers(features);
        assertTrue(numbers[features.getID(BaselineFeatures.ITEM_COUNT)]);
        assertTrue(numbers[features.getID("movies." + BaselineFeatures.USER_BIAS)]);
        assertFalse(numbers[features.getID(BaselineFeatures.USER_NEW)]);
        assertFalse(numbers[features.getID("user=u1")]);
        assertFalse(numbers[features.getID("item=base.item_mean.x")]);
        MutableFeatureMap ids = new MutableFeatureMap();
        ids.add("user=u1", 1.0);
        assertNull(EpochLoop.baselineNumbers(new ImmutableFeatureMap(ids)), "no baseline number: the ids' decay alone");
    }

    @Test
    void theL2OfABaselineNumberIsAGradientTermTowardsTheCentre() {
        LinearParameters centre = new LinearParameters(3, 1);
        ((DenseMatrix) centre.get()[0]).set(0, 1, 0.5);
        L2Decay decay = new L2Decay(0.01, 0.2, centre, 3, new boolean[] {false, true, false});
        assertTrue(decay.inGradient(1));
        assertFalse(decay.inGradient(0));
        assertFalse(decay.inGradient(3), "the bias column");
        // -L2 (w - centre): 2.0 pulled towards 0.5
        assertEquals(-0.2 * 1.5, decay.gradient(2.0, 0, 0, 1), 1e-15);
    }

    @Test
    void aLinearStepAddsTheBaselineNumbersL2ToItsGradientAndDecaysTheIdAfterItsStep() {
        LinearParameters parameters = new LinearParameters(3, 1);
        DenseMatrix w = (DenseMatrix) parameters.get()[0];
        w.set(0, 1, 2.0);
        double lr = 0.1;
        double eps = SgdLearner.ADAGRAD_EPSILON;
        LinearAdaGradStep step = new LinearAdaGradStep(parameters, lr, eps,
                new L2Decay(0.01, 0.2, null, 3, new boolean[] {false, true, false}));
        PackedRow row = idAndNumber(3.0, 3);
        PredictScratch scratch = step.newScratch();
        step.step(new double[] {0.5}, row, scratch, 1.0);
        step.step(new double[] {0.5}, row, scratch, 1.0);
        step.flush();
        // the id: AdaGrad's step on 1 x 0.5, then 1% decay, twice
        double id = 0.5 * lr / (eps + 0.5) * 0.99;
        id = (id + 0.5 * lr / (eps + Math.sqrt(0.5))) * 0.99;
        assertEquals(id, w.get(0, 0), 1e-15);
        // the number: AdaGrad's step on 3 x 0.5 - 0.2 x w, no decay after it
        double g1 = 1.5 - 0.2 * 2.0;
        double number = 2.0 + g1 * lr / (eps + Math.abs(g1));
        double g2 = 1.5 - 0.2 * number;
        number += g2 * lr / (eps + Math.sqrt(g1 * g1 + g2 * g2));
        assertEquals(number, w.get(0, 1), 1e-15);
    }

    @Test
    void anFmStepAddsTheBaselineNumbersL2ToItsWeightsAndFactorsGradientsAndDecaysTheIds() {
        FmClassifierTrainer hooks = new FmClassifierTrainer(new AdaGrad(0.1, SgdLearner.ADAGRAD_EPSILON), 5, 2, 0.1);
        FMParameters parameters = hooks.newParameters(2, 2, new SplittableRandom(5));
        Tensor[] start = parameters.copy().get();
        double lr = 0.1;
        double eps = SgdLearner.ADAGRAD_EPSILON;
        double l2 = 0.2;
        double decayFraction = 0.01;
        FmAdaGradStep step = new FmAdaGradStep(parameters, lr, eps,
                new L2Decay(decayFraction, l2, null, 2, new boolean[] {false, true}));
        PackedRow row = idAndNumber(2.0, 2);
        PredictScratch scratch = step.newScratch();
        step.scores(row, scratch);
        double[] gradient = {0.5, -0.5};
        step.step(gradient, row, scratch, 1.0);
        step.flush();
        Tensor[] after = parameters.get();
        for (int o = 0; o < 2; o++) {
            // weights: the id's AdaGrad step then 1% decay; the number's step on 2 x g - L2 w
            double w0 = ((DenseMatrix) start[1]).get(o, 0);
            double g0 = gradient[o];
            assertEquals((w0 + g0 * lr / (eps + Math.abs(g0))) * (1 - decayFraction),
                    ((DenseMatrix) after[1]).get(o, 0), 1e-15);
            double w1 = ((DenseMatrix) start[1]).get(o, 1);
            double g1 = 2.0 * gradient[o] - l2 * w1;
            assertEquals(w1 + g1 * lr / (eps + Math.abs(g1)), ((DenseMatrix) after[1]).get(o, 1), 1e-15);
            DenseMatrix v = (DenseMatrix) start[o + 2];
            for (int f = 0; f < 2; f++) {
                double sum = v.get(f, 0) * 1.0 + v.get(f, 1) * 2.0;
                // the id's factor: d/dv of the pairwise term, x (sum - v x), stepped, then decayed
                double h0 = (1.0 * sum - v.get(f, 0)) * gradient[o];
                assertEquals((v.get(f, 0) + h0 * lr / (eps + Math.abs(h0))) * (1 - decayFraction),
                        ((DenseMatrix) after[o + 2]).get(f, 0), 1e-15);
                // the number's factor: the same gradient minus L2 v, stepped, no decay
                double h1 = (2.0 * sum - v.get(f, 1) * 4.0) * gradient[o] - l2 * v.get(f, 1);
                assertEquals(v.get(f, 1) + h1 * lr / (eps + Math.abs(h1)), ((DenseMatrix) after[o + 2]).get(f, 1),
                        1e-15);
            }
        }
    }

    /** A row of feature 0 (an id, value 1) and feature 1 (a baseline number) among {@code dimension} features. */
    private static PackedRow idAndNumber(double number, int dimension) {
        PackedRow row = new PackedRow();
        row.ids = new int[] {0, 1};
        row.values = new double[] {1.0, number};
        row.size = 2;
        row.dimension = dimension;
        return row;
    }
}
