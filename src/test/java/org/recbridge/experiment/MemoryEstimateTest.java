package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.bench.HeapPeak;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.synth.SyntheticGenerator;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.RunContext;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TrainedStrategy;
import org.recbridge.transfer.TransferProblem;
import org.recbridge.transfer.TransferStrategy;
import org.recbridge.util.CancelToken;

/**
 * The runner's memory estimate against the heap a run really holds. The old estimate counted rows only, so an
 * FM with many factors over many users, or wide rows, outgrew every heap it advised ("-Xmx512m, then 1024m, then
 * 2048m"). Heap is measured after garbage collections ({@link HeapPeak}), not timed.
 */
class MemoryEstimateTest {
    /** How far the estimate may be from the measured peak, either way. */
    private static final double WITHIN = 2.0;

    private static TransferProblem problem(boolean sideFeatures) {
        SyntheticSettings settings = SyntheticSettings.defaults().withUsers(30000).withSourceItems(4000)
                .withTargetItems(3000).withSourceInteractionsPerUser(6).withTargetInteractionsPerUser(4)
                .withUserFeatures(sideFeatures).withItemFeatures(sideFeatures);
        SyntheticPair pair = SyntheticGenerator.generate(settings);
        return new ProblemBuilder(new LoadedData(List.of(pair.source()), pair.target(), List.of()),
                TaskSettings.defaults()).build(ProtocolSettings.defaults(), 1);
    }

    private static long lastCollection;

    /** At most one collection per 100 ms of progress reports. */
    private static synchronized void collectNowAndThen() {
        long now = System.nanoTime();
        if (now - lastCollection > 100_000_000L) {
            lastCollection = now;
            System.gc();
        }
    }

    @Test
    void theEstimateGrowsWithTheFactorsAndTheRowWidth() {
        TransferProblem narrow = problem(false);
        TransferProblem wide = problem(true);
        TransferStrategy pooled = Strategies.byId("pooled");
        LearnerSettings k8 = LearnerSettings.defaults(LearnerKind.FM);
        LearnerSettings k64 = k8.withFactors(64);
        long narrow8 = MemoryBudget.estimateMb(narrow, pooled, k8);
        long narrow64 = MemoryBudget.estimateMb(narrow, pooled, k64);
        long wide8 = MemoryBudget.estimateMb(wide, pooled, k8);
        // 56 more factors for each user and item name, in every copy of the parameters
        long names = MemoryBudget.RowWidth.of(narrow).distinctFeatures();
        long grows = names * 56 * MemoryBudget.PARAMETER_COPIES * Double.BYTES >> 20;
        assertTrue(Math.abs(narrow64 - narrow8 - grows) <= 1, narrow8 + " MB at k=8, " + narrow64 + " at k=64, "
                + names + " feature names");
        assertTrue(wide8 > narrow8, "side features widen every row: " + wide8 + " MB against " + narrow8);
        long linear = MemoryBudget.estimateMb(narrow, pooled, LearnerSettings.defaults(LearnerKind.LINEAR).withFactors(64));
        assertTrue(linear < narrow8, "a linear learner has no factors, whatever its settings say: " + linear);
        long transferred = MemoryBudget.estimateMb(narrow, Strategies.byId("feature-transfer"), k64);
        assertTrue(transferred > narrow64, "feature transfer adds 64 source factors to each row: " + transferred
                + " MB against " + narrow64);
    }

    @Test
    void theEstimateIsWithinAFactorOfTwoOfTheMeasuredHeapOfAWideRunWithManyFactors() {
        TransferProblem problem = problem(true);
        LearnerSettings fm = LearnerSettings.defaults(LearnerKind.FM).withFactors(64).withEpochs(2);
        TransferStrategy pooled = Strategies.byId("pooled");
        long estimateMb = MemoryBudget.estimateMb(problem, pooled, fm);
        long before = HeapPeak.liveBytes();
        HeapPeak.reset();
        // a collection at each progress report, while the rows are held: a run the young generation alone can hold
        // would otherwise end with no collection and nothing measured (seen once in a full suite)
        TrainedStrategy trained = pooled.train(problem, new SgdLearner(fm, TaskKind.CLASSIFICATION),
                new RunContext(1, CancelToken.none(), (fraction, message) -> collectNowAndThen()));
        double measuredMb = (HeapPeak.peakBytes() - before) / (double) (1 << 20);
        assertNotNull(trained.finalModel());
        assertTrue(estimateMb <= measuredMb * WITHIN && estimateMb * WITHIN >= measuredMb,
                "estimated " + estimateMb + " MB, measured " + Math.round(measuredMb) + " MB");
    }
}
