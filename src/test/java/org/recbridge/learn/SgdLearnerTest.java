package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.recbridge.eval.ClassificationMetrics;
import org.recbridge.eval.RegressionMetrics;
import org.recbridge.features.EncodedRow;
import org.recbridge.task.TaskKind;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.ProgressListener;
import org.tribuo.Model;

class SgdLearnerTest {
    /**
     * Users like items of their own group: user u in group u%2 likes item i iff i%2 == u%2 (flipped with
     * probability noise). Only the user-item interaction carries the label, so only the FM can learn it
     * from ids; a "match" feature makes it linear.
     */
    static List<EncodedRow> rows(int n, long seed, double noise, boolean withMatchFeature) {
        SplittableRandom r = new SplittableRandom(seed);
        List<EncodedRow> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int u = r.nextInt(200);
            int i = r.nextInt(100);
            boolean like = (u % 2 == i % 2) ^ (r.nextDouble() < noise);
            String[] names = withMatchFeature
                    ? new String[] {"user=" + u, "item=" + i, "match=" + (u % 2 == i % 2)}
                    : new String[] {"user=" + u, "item=" + i, "ugroup=" + (u % 2) + "", "igroup=" + (i % 2)};
            double[] values = new double[names.length];
            java.util.Arrays.fill(values, 1.0);
            out.add(new EncodedRow(names, values, like ? 1 : 0, 1));
        }
        return out;
    }

    static double auc(FittedModel m, List<EncodedRow> rows) {
        boolean[] pos = new boolean[rows.size()];
        for (int i = 0; i < pos.length; i++) {
            pos[i] = rows.get(i).label() > 0.5;
        }
        return ClassificationMetrics.auc(m.predict(rows), pos);
    }

    static FittedModel fit(LearnerSettings s, TaskKind task, List<EncodedRow> train, List<EncodedRow> validation) {
        return new SgdLearner(s, task).fit(train, validation, 1, CancelToken.none(), ProgressListener.none());
    }

    @Test
    void logisticRegressionLearnsALinearRule() {
        FittedModel m = fit(LearnerSettings.defaults(LearnerKind.LINEAR), TaskKind.CLASSIFICATION,
                rows(4000, 1, 0.05, true), rows(500, 2, 0.05, true));
        assertTrue(auc(m, rows(1000, 3, 0.0, true)) > 0.95);
    }

    @Test
    void factorizationMachineLearnsAnInteractionTheLinearModelCannot() {
        List<EncodedRow> train = rows(6000, 1, 0.0, false);
        List<EncodedRow> validation = rows(600, 2, 0.0, false);
        List<EncodedRow> test = rows(2000, 3, 0.0, false);
        double linear = auc(fit(LearnerSettings.defaults(LearnerKind.LINEAR), TaskKind.CLASSIFICATION, train, validation), test);
        double fm = auc(fit(LearnerSettings.defaults(LearnerKind.FM), TaskKind.CLASSIFICATION, train, validation), test);
        assertTrue(linear < 0.65, "linear " + linear);
        assertTrue(fm > 0.9, "fm " + fm);
    }

    @ParameterizedTest
    @EnumSource(LearnerKind.class)
    void aRunThatDivergesFailsWithTheEpochAndTheLearningRateNeverAConstantModel(LearnerKind kind) {
        LearnerSettings huge = LearnerSettings.defaults(kind).withLearningRate(1e6);
        TrainingDiverged e = assertThrows(TrainingDiverged.class, () -> fit(huge, TaskKind.CLASSIFICATION,
                rows(2000, 1, 0.05, true), rows(200, 2, 0.05, true)));
        assertTrue(e.getMessage().matches("training diverged in epoch \\d+ \\(the (training loss|weights).*\\) with "
                + "learning rate 1000000: lower the learning rate \\(the " + kind.id() + " default is 0\\.\\d+\\) or "
                + "raise l2"), e.getMessage());
        // the rating task's squared loss overflows the same way
        assertThrows(TrainingDiverged.class, () -> fit(huge.withLearningRate(1e200), TaskKind.REGRESSION,
                rows(2000, 1, 0.05, true), rows(200, 2, 0.05, true)));
    }

    @Test
    void earlyStoppingKeepsTheBestValidationEpoch() {
        LearnerSettings s = new LearnerSettings(LearnerKind.FM, 25, 0.2, 0.0, 16, 2);
        List<EncodedRow> validation = rows(300, 2, 0.3, false);
        FittedModel m = fit(s, TaskKind.CLASSIFICATION, rows(400, 1, 0.3, false), validation);
        TrainingCurve c = m.curve();
        assertTrue(c.bestEpoch() >= 1 && c.bestEpoch() <= c.points().size());
        double best = c.points().stream().mapToDouble(EpochPoint::validationMetric).max().orElseThrow();
        assertEquals(best, c.points().get(c.bestEpoch() - 1).validationMetric(), 1e-12);
        // the model kept is the best epoch's, not the last one's
        assertEquals(best, auc(m, validation), 1e-9);
        boolean[] likes = new boolean[validation.size()];
        for (int i = 0; i < likes.length; i++) {
            likes[i] = validation.get(i).label() > 0.5;
        }
        assertEquals(ClassificationMetrics.logLoss(m.predict(validation), likes),
                c.points().get(c.bestEpoch() - 1).validationLoss(), 1e-9);
        // log loss, like the training loss: both positive and of the same scale
        assertTrue(c.points().get(0).trainLoss() > 0 && c.points().get(0).trainLoss() < 2);
        assertTrue(c.points().size() < 25, "stopped early: " + c.points().size());
    }

    /** Validation rows of one class have no AUC: epochs are chosen on their loss, not left to run out. */
    @Test
    void validationRowsOfOneClassChooseTheEpochByTheirLoss() {
        LearnerSettings s = new LearnerSettings(LearnerKind.FM, 25, 0.2, 0.0, 16, 2);
        List<EncodedRow> likes = rows(600, 2, 0.3, false).stream().filter(r -> r.label() > 0.5).toList();
        TrainingCurve c = fit(s, TaskKind.CLASSIFICATION, rows(400, 1, 0.3, false), likes).curve();
        assertTrue(c.points().stream().allMatch(p -> Double.isNaN(p.validationMetric())), "no AUC of one class");
        double lowest = c.points().stream().mapToDouble(EpochPoint::validationLoss).min().orElseThrow();
        assertEquals(lowest, c.points().get(c.bestEpoch() - 1).validationLoss(), 1e-12);
        assertTrue(c.validated());
        // without validation rows nothing is chosen, and running out of epochs is not "still improving"
        TrainingCurve none = fit(s.withEpochs(3), TaskKind.CLASSIFICATION, rows(400, 1, 0.3, false), List.of()).curve();
        assertEquals(3, none.bestEpoch());
        assertTrue(!none.validated() && !none.stoppedShort());
    }

    @ParameterizedTest
    @EnumSource(LearnerKind.class)
    void savedAndReloadedModelPredictsTheSame(LearnerKind kind, @TempDir Path dir) throws Exception {
        List<EncodedRow> test = rows(200, 3, 0, true);
        FittedModel m = fit(LearnerSettings.defaults(kind).withEpochs(3), TaskKind.CLASSIFICATION,
                rows(1000, 1, 0.1, true), rows(100, 2, 0.1, true));
        Path file = dir.resolve("model.tribuo");
        m.tribuoModel().serializeToFile(file);
        Model<?> reloaded = Model.deserializeFromFile(file);
        // reloaded with the parameters Tribuo gives back: scored packed and as factors, as the trained model is
        FittedModel again = FittedModel.reloaded(reloaded, TaskKind.CLASSIFICATION, m.settings());
        assertArrayEquals(m.predict(test), again.predict(test), 1e-12);
    }

    @ParameterizedTest
    @EnumSource(LearnerKind.class)
    void regressionLearnsItemEffects(LearnerKind kind) {
        SplittableRandom r = new SplittableRandom(4);
        List<EncodedRow> rows = new ArrayList<>();
        for (int k = 0; k < 5000; k++) {
            int i = r.nextInt(50);
            rows.add(new EncodedRow(new String[] {"item=" + i}, new double[] {1}, 1 + (i % 5) + r.nextGaussian() * 0.3, 1));
        }
        FittedModel m = fit(LearnerSettings.defaults(kind), TaskKind.REGRESSION, rows.subList(0, 4000),
                rows.subList(4000, 4500));
        List<EncodedRow> test = rows.subList(4500, 5000);
        double rmse = RegressionMetrics.rmse(m.predict(test), test.stream().mapToDouble(EncodedRow::label).toArray());
        assertTrue(rmse < 0.45, kind + " rmse " + rmse); // noise sd is 0.3; a constant would give about 1.4
        assertEquals("RMSE", m.curve().metric());
    }

    @Test
    void strongerL2GivesSmallerScores() {
        List<EncodedRow> train = rows(2000, 1, 0.1, true);
        List<EncodedRow> test = rows(200, 3, 0, true);
        LearnerSettings base = LearnerSettings.defaults(LearnerKind.LINEAR).withEpochs(5);
        double weak = spread(fit(base.withL2(0), TaskKind.CLASSIFICATION, train, List.of()).predict(test));
        double strong = spread(fit(base.withL2(0.5), TaskKind.CLASSIFICATION, train, List.of()).predict(test));
        assertTrue(strong < weak, "strong " + strong + " weak " + weak);
    }

    private static double spread(double[] p) {
        double s = 0;
        for (double v : p) {
            s += Math.abs(v - 0.5);
        }
        return s / p.length;
    }

    @Test
    void cancelStopsTraining() {
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        SgdLearner learner = new SgdLearner(LearnerSettings.defaults(LearnerKind.FM), TaskKind.CLASSIFICATION);
        assertThrows(CancelledException.class, () -> learner.fit(rows(1000, 1, 0, true), List.of(), 1, cancel,
                ProgressListener.none()));
    }

    @Test
    void aSingleClassIsAClearError() {
        List<EncodedRow> likes = List.of(new EncodedRow(new String[] {"a"}, new double[] {1}, 1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fit(LearnerSettings.defaults(LearnerKind.LINEAR), TaskKind.CLASSIFICATION, likes, List.of()));
        assertTrue(e.getMessage().contains("only likes"), e.getMessage());
    }
}
