package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.recbridge.features.EncodedRow;
import org.recbridge.task.TaskKind;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;
import org.tribuo.Model;
import org.tribuo.classification.Label;

class WarmStartTest {
    static Stream<Arguments> kindsAndTasks() {
        return Stream.of(LearnerKind.values()).flatMap(k -> Stream.of(TaskKind.CLASSIFICATION, TaskKind.REGRESSION)
                .map(t -> Arguments.of(k, t)));
    }

    /** The source's rows: users like items of their own group (ratings 5 and 1 for the regression task). */
    static List<EncodedRow> source(TaskKind task) {
        return asTask(SgdLearnerTest.rows(3000, 1, 0.05, true), task, false);
    }

    /**
     * The target's rows: the opposite taste, from half of the users only, so the other half's ids are known
     * to the source alone (as cold-start users are).
     */
    static List<EncodedRow> target(TaskKind task) {
        List<EncodedRow> rows = new ArrayList<>();
        for (EncodedRow r : asTask(SgdLearnerTest.rows(1200, 5, 0.05, true), task, true)) {
            if (Integer.parseInt(r.names()[0].substring("user=".length())) < 100) {
                rows.add(r);
            }
        }
        return rows;
    }

    static List<EncodedRow> test(TaskKind task) {
        return asTask(SgdLearnerTest.rows(400, 9, 0, true), task, false);
    }

    private static List<EncodedRow> asTask(List<EncodedRow> rows, TaskKind task, boolean flip) {
        List<EncodedRow> out = new ArrayList<>(rows.size());
        for (EncodedRow r : rows) {
            double like = flip ? 1 - r.label() : r.label();
            out.add(new EncodedRow(r.names(), r.values(), task.isRegression() ? 1 + 4 * like : like, 1));
        }
        return out;
    }

    static FittedModel fit(LearnerSettings s, TaskKind task, List<EncodedRow> train, WarmStart warmStart) {
        return new SgdLearner(s, task).fit(train, List.of(), 3, CancelToken.none(), ProgressListener.none(),
                warmStart);
    }

    static FittedModel source(LearnerKind kind, TaskKind task) {
        return fit(LearnerSettings.defaults(kind).withEpochs(5), task, source(task), null);
    }

    static double meanAbsDiff(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Math.abs(a[i] - b[i]);
        }
        return s / a.length;
    }

    @ParameterizedTest
    @MethodSource("kindsAndTasks")
    void zeroTargetEpochsReproduceTheSource(LearnerKind kind, TaskKind task) {
        FittedModel source = source(kind, task);
        FittedModel tuned = fit(LearnerSettings.defaults(kind).withEpochs(0), task, target(task), WarmStart.from(source));
        assertArrayEquals(source.predict(test(task)), tuned.predict(test(task)), 1e-9);
        assertEquals(0, tuned.curve().bestEpoch());
    }

    @ParameterizedTest
    @MethodSource("kindsAndTasks")
    void targetEpochsChangeThePredictions(LearnerKind kind, TaskKind task) {
        FittedModel source = source(kind, task);
        FittedModel tuned = fit(LearnerSettings.defaults(kind).withEpochs(3), task, target(task), WarmStart.from(source));
        double diff = meanAbsDiff(source.predict(test(task)), tuned.predict(test(task)));
        assertTrue(diff > 0.05, kind + " " + task + " moved only " + diff);
    }

    @ParameterizedTest
    @MethodSource("kindsAndTasks")
    void regularisedTransferWithoutL2IsFineTuning(LearnerKind kind, TaskKind task) {
        FittedModel source = source(kind, task);
        LearnerSettings s = LearnerSettings.defaults(kind).withEpochs(3).withL2(0);
        FittedModel plain = fit(s, task, target(task), WarmStart.from(source));
        FittedModel pulled = fit(s, task, target(task), WarmStart.pulledTowards(source));
        assertArrayEquals(plain.predict(test(task)), pulled.predict(test(task)), 1e-12);
    }

    @ParameterizedTest
    @MethodSource("kindsAndTasks")
    void aHugePullKeepsTheSourceModel(LearnerKind kind, TaskKind task) {
        FittedModel source = source(kind, task);
        LearnerSettings s = LearnerSettings.defaults(kind).withEpochs(3);
        double[] expected = source.predict(test(task));
        double free = meanAbsDiff(expected, fit(s.withL2(0), task, target(task), WarmStart.from(source))
                .predict(test(task)));
        double held = meanAbsDiff(expected, fit(s.withL2(1e6), task, target(task), WarmStart.pulledTowards(source))
                .predict(test(task)));
        // only the bias, which L2 leaves free, can move
        assertTrue(held < 0.1 * free, kind + " " + task + ": held " + held + ", free " + free);
    }

    @ParameterizedTest
    @EnumSource(LearnerKind.class)
    void outputsAreMatchedByNameWhateverOrderTheyWereSeenIn(LearnerKind kind) {
        List<EncodedRow> source = source(TaskKind.CLASSIFICATION);
        List<EncodedRow> target = new ArrayList<>(target(TaskKind.CLASSIFICATION));
        // Make the target see the other label first. Tribuo 4.3.2 numbers labels independently of that order
        // (checked: an identity output map passes too), so this guards against a change, not a known bug.
        int other = 0;
        while (target.get(other).label() == source.get(0).label()) {
            other++;
        }
        target.add(0, target.remove(other));
        FittedModel from = fit(LearnerSettings.defaults(kind).withEpochs(5), TaskKind.CLASSIFICATION, source, null);
        FittedModel tuned = fit(LearnerSettings.defaults(kind).withEpochs(0), TaskKind.CLASSIFICATION, target,
                WarmStart.from(from));
        assertArrayEquals(from.predict(test(TaskKind.CLASSIFICATION)), tuned.predict(test(TaskKind.CLASSIFICATION)), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(LearnerKind.class)
    void aFineTunedModelIsAnOrdinaryTribuoModel(LearnerKind kind, @TempDir Path dir) throws Exception {
        FittedModel tuned = fit(LearnerSettings.defaults(kind).withEpochs(2), TaskKind.CLASSIFICATION,
                target(TaskKind.CLASSIFICATION), WarmStart.from(source(kind, TaskKind.CLASSIFICATION)));
        Path file = dir.resolve("tuned.tribuo");
        tuned.tribuoModel().serializeToFile(file);
        @SuppressWarnings("unchecked")
        Model<Label> reloaded = (Model<Label>) Model.deserializeFromFile(file);
        FittedModel again = FittedModel.reloaded(reloaded, TaskKind.CLASSIFICATION, tuned.settings());
        List<EncodedRow> test = test(TaskKind.CLASSIFICATION);
        assertArrayEquals(tuned.predict(test), again.predict(test), 1e-12);
    }
}
